using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace MesoRules.Aftercare;

/// <summary>The answer to "what must the patient still avoid at this instant?".</summary>
public sealed class AftercareActiveRestrictions
{
    [JsonConstructor]
    internal AftercareActiveRestrictions(DateTimeOffset At, ImmutableArray<AftercareCheck> Restrictions, string PolicyVersion)
    {
        this.At = At;
        this.Restrictions = Restrictions.IsDefault ? [] : Restrictions;
        this.PolicyVersion = PolicyVersion;
    }

    /// <summary>The instant checked, as given.</summary>
    public DateTimeOffset At { get; }

    /// <summary>The version id of the policy that produced the answer.</summary>
    public string PolicyVersion { get; }

    /// <summary>The restrictions still in force; a default array given to the constructor reads as empty.</summary>
    public ImmutableArray<AftercareCheck> Restrictions { get; }

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
