using System.Collections.Immutable;
using MesoRules.Core;

namespace MesoRules.Policy;

/// <summary>What a host shows about the policy in force: its name, version, effective settings and rules.</summary>
/// <param name="Name">The clinic's label for the policy.</param>
/// <param name="Version">The version id stamped on every result.</param>
/// <param name="Settings">The canonical <c>key=value</c> lines the version hashes.</param>
/// <param name="Rules">The rules in force, in evaluation order.</param>
public sealed record PolicySummary(string Name, string Version, ImmutableArray<string> Settings, ImmutableArray<RuleDescriptor> Rules)
{
    private readonly ImmutableArray<string> _settings = Settings.IsDefault ? [] : Settings;

    /// <summary>The canonical settings lines; a default array given to the constructor reads as empty.</summary>
    public ImmutableArray<string> Settings { get => _settings; init => _settings = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<RuleDescriptor> _rules = Rules.IsDefault ? [] : Rules;

    /// <summary>The rules in force; a default array given to the constructor reads as empty.</summary>
    public ImmutableArray<RuleDescriptor> Rules { get => _rules; init => _rules = value.IsDefault ? [] : value; }

    /// <summary>Compares by value: name, version, and the settings and rules element by element.</summary>
    /// <param name="other">The other summary.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(PolicySummary? other) =>
        other is not null
        && Name == other.Name
        && Version == other.Version
        && Settings.AsSpan().SequenceEqual(other.Settings.AsSpan())
        && Rules.AsSpan().SequenceEqual(other.Rules.AsSpan());

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Version, Settings.Length, Rules.Length);

    /// <summary>Summarizes a policy snapshot.</summary>
    /// <param name="policy">The snapshot.</param>
    /// <returns>The summary.</returns>
    public static PolicySummary From(MesoRulesPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return new PolicySummary(policy.Name, policy.Version, [.. policy.CanonicalText.Split('\n', StringSplitOptions.RemoveEmptyEntries)], policy.Rules);
    }
}
