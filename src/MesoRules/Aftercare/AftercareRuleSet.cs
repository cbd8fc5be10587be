using System.Collections.Immutable;
using System.Globalization;
using MesoRules.Core;

namespace MesoRules.Aftercare;

/// <summary>The compiled, immutable aftercare rules of one policy snapshot.</summary>
internal sealed class AftercareRuleSet
{
    private readonly ImmutableArray<RuleDescriptor> _descriptors;

    private AftercareRuleSet(AftercareRestriction[] restrictions, ImmutableArray<AftercareGuidance> guidance, ImmutableArray<RuleDescriptor> descriptors)
    {
        ByActivity = restrictions;
        Restrictions = [.. restrictions];
        Guidance = guidance;
        _descriptors = descriptors;
    }

    /// <summary>The effective restrictions, indexed by <see cref="AftercareActivity"/> (switched-off ones included).</summary>
    public AftercareRestriction[] ByActivity { get; }

    /// <summary>The effective restrictions, in <see cref="AftercareActivity"/> order (switched-off ones included).</summary>
    public ImmutableArray<AftercareRestriction> Restrictions { get; }

    /// <summary>The guidance without a window.</summary>
    public ImmutableArray<AftercareGuidance> Guidance { get; }

    /// <summary>The rules in force: the switched-on restrictions, then the guidance.</summary>
    public IEnumerable<RuleDescriptor> Descriptors => _descriptors;

    /// <summary>The ids of the built-in rules: one restriction per activity, then the guidance.</summary>
    public static IReadOnlyList<string> BuiltInIds { get; } =
        [.. DefaultAftercareRules.Restrictions.Select(r => r.RuleId), .. DefaultAftercareRules.Guidance.Select(g => g.RuleId)];

    public static void Validate(AftercareOptions? options, string prefix, OptionsFailures failures)
    {
        if (options is null)
        {
            failures.NotNull(prefix, options);
            return;
        }

        string restrictionsPrefix = $"{prefix}:{nameof(AftercareOptions.Restrictions)}";
        if (options.Restrictions is null)
        {
            failures.NotNull(restrictionsPrefix, null);
            return;
        }

        var seen = new Dictionary<AftercareActivity, string>();
        foreach (KeyValuePair<string, AftercareRestrictionOptions> entry in options.Restrictions.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            string member = $"{restrictionsPrefix}:{entry.Key}";
            AftercareActivity? activity = AftercareActivities.FromKey(entry.Key);
            if (activity is not { } known)
            {
                failures.Add(member, $"'{entry.Key}' names no aftercare restriction; allowed: {AftercareActivities.AllowedKeys}.");
            }
            else if (!seen.TryAdd(known, entry.Key))
            {
                failures.Add(member, $"'{entry.Key}' names the same restriction as '{seen[known]}'; each restriction may be set once.");
            }

            AftercareRestrictionOptions? value = entry.Value;
            if (value is null)
            {
                failures.NotNull(member, null);
                continue;
            }

            bool minimumValid = Duration(failures, $"{member}:{nameof(AftercareRestrictionOptions.Minimum)}", value.Minimum);
            bool recommendedValid = Duration(failures, $"{member}:{nameof(AftercareRestrictionOptions.Recommended)}", value.Recommended);
            if (minimumValid && recommendedValid && value.Minimum is { } min && value.Recommended is { } rec && min > rec)
            {
                failures.Add(
                    $"{member}:{nameof(AftercareRestrictionOptions.Minimum)}",
                    $"{AftercareArguments.Format(min)} is above Recommended {AftercareArguments.Format(rec)}; allowed: Minimum <= Recommended.");
            }

            if (value.Guidance is not null)
            {
                failures.NotBlank($"{member}:{nameof(AftercareRestrictionOptions.Guidance)}", value.Guidance, AftercareOptions.GuidanceLength);
            }

            if (value.Reason is not null)
            {
                failures.NotBlank($"{member}:{nameof(AftercareRestrictionOptions.Reason)}", value.Reason, AftercareOptions.ReasonLength);
            }
        }
    }

    /// <summary>Compiles validated options; the fingerprint receives every effective setting and rule.</summary>
    public static AftercareRuleSet Compile(AftercareOptions options, PolicyFingerprint fingerprint)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(fingerprint);

        var settings = new AftercareRestrictionOptions?[AftercareActivities.Count];
        foreach (KeyValuePair<string, AftercareRestrictionOptions> entry in options.Restrictions)
        {
            if (AftercareActivities.FromKey(entry.Key) is { } activity)
            {
                settings[(int)activity] = entry.Value;
            }
        }

        var restrictions = new AftercareRestriction[AftercareActivities.Count];
        var descriptors = ImmutableArray.CreateBuilder<RuleDescriptor>();
        for (int i = 0; i < restrictions.Length; i++)
        {
            AftercareRestriction library = DefaultAftercareRules.Restrictions[i];
            AftercareRestriction effective = Apply(library, settings[i]);
            restrictions[i] = effective;
            fingerprint.Fields($"aftercare.restriction.{effective.RuleId}")
                .Field("enabled", effective.Enabled)
                .Field("minimum", effective.Minimum)
                .Field("recommended", effective.Recommended)
                .Field("provenance", effective.Provenance)
                .Field("title", effective.Title)
                .Field("guidance", effective.Guidance)
                .Field("rationale", effective.Rationale)
                .Field("citation", effective.Citation)
                .Field("clinicReason", effective.ClinicReason);
            if (effective.Enabled)
            {
                descriptors.Add(new RuleDescriptor(effective.RuleId, effective.Guidance, effective.Rationale, effective.Provenance, effective.Citation));
            }
        }

        foreach (AftercareGuidance item in DefaultAftercareRules.Guidance)
        {
            fingerprint.Fields($"aftercare.guidance.{item.RuleId}")
                .Field("provenance", item.Provenance)
                .Field("text", item.Text)
                .Field("rationale", item.Rationale)
                .Field("citation", item.Citation);
            descriptors.Add(new RuleDescriptor(item.RuleId, item.Text, item.Rationale, item.Provenance, item.Citation));
        }

        return new AftercareRuleSet(restrictions, [.. DefaultAftercareRules.Guidance], descriptors.ToImmutable());
    }

    private static AftercareRestriction Apply(AftercareRestriction library, AftercareRestrictionOptions? setting)
    {
        if (setting is null)
        {
            return library;
        }

        // An unset duration follows the library default, moved only as far as needed to keep Minimum <= Recommended.
        TimeSpan minimum = setting.Minimum ?? (setting.Recommended is { } r && r < library.Minimum ? r : library.Minimum);
        TimeSpan recommended = setting.Recommended ?? (minimum > library.Recommended ? minimum : library.Recommended);
        string guidance = setting.Guidance ?? library.Guidance;
        bool changed = minimum != library.Minimum || recommended != library.Recommended || !string.Equals(guidance, library.Guidance, StringComparison.Ordinal);
        return new AftercareRestriction(
            library.Activity,
            library.RuleId,
            library.Title,
            guidance,
            library.Rationale,
            changed ? Provenance.Clinic : library.Provenance,
            library.Citation,
            minimum,
            recommended,
            setting.Enabled,
            setting.Reason);
    }

    private static bool Duration(OptionsFailures failures, string member, TimeSpan? value)
    {
        if (value is { } v && !AftercareOptions.WindowRange.Contains(v))
        {
            failures.Range(member, v, AftercareOptions.WindowRange);
            return false;
        }

        return true;
    }
}
