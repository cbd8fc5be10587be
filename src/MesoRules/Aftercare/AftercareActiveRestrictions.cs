using System.Collections.Immutable;

namespace MesoRules.Aftercare;

/// <summary>The answer to "what must the patient still avoid at this instant?".</summary>
/// <param name="At">The instant checked, as given.</param>
/// <param name="Restrictions">One check per activity whose status is <see cref="AftercareStatus.NotYet"/> or <see cref="AftercareStatus.AllowedWithCaution"/>, in <see cref="AftercareActivity"/> order; empty when everything is allowed.</param>
/// <param name="PolicyVersion">The version id of the policy that produced the answer.</param>
public sealed record AftercareActiveRestrictions(DateTimeOffset At, ImmutableArray<AftercareCheck> Restrictions, string PolicyVersion)
{
    private readonly ImmutableArray<AftercareCheck> _restrictions = Restrictions.IsDefault ? [] : Restrictions;

    /// <summary>The restrictions still in force; a default array given to the constructor reads as empty.</summary>
    public ImmutableArray<AftercareCheck> Restrictions { get => _restrictions; init => _restrictions = value.IsDefault ? [] : value; }

    /// <summary>Value equality: the same instant checked, policy version, and equal checks in the same order.</summary>
    /// <param name="other">The answer to compare with.</param>
    /// <returns><see langword="true"/> when the answers are equal.</returns>
    public bool Equals(AftercareActiveRestrictions? other) =>
        other is not null
        && At.Equals(other.At)
        && string.Equals(PolicyVersion, other.PolicyVersion, StringComparison.Ordinal)
        && Restrictions.AsSpan().SequenceEqual(other.Restrictions.AsSpan());

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(At, PolicyVersion, Restrictions.IsDefault ? 0 : Restrictions.Length);

    /// <summary>Whether any activity is still not allowed (<see cref="AftercareStatus.NotYet"/>) at <see cref="At"/>.</summary>
    public bool AnyNotYet
    {
        get
        {
            foreach (AftercareCheck check in Restrictions)
            {
                if (check.Status == AftercareStatus.NotYet)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
