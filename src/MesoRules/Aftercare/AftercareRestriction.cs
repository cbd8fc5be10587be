using System.Text.Json.Serialization;
using MesoRules.Core;

namespace MesoRules.Aftercare;

/// <summary>One aftercare restriction as the policy in force sets it: what to avoid, for how long, why and on what authority.</summary>
public sealed class AftercareRestriction
{
    [JsonConstructor]
    internal AftercareRestriction(AftercareActivity Activity, string RuleId, string Title, string Guidance, string Rationale, Provenance Provenance, string? Citation, TimeSpan Minimum, TimeSpan Recommended, bool Enabled, string? ClinicReason)
    {
        this.Activity = Activity;
        this.RuleId = RuleId;
        this.Title = Title;
        this.Guidance = Guidance;
        this.Rationale = Rationale;
        this.Provenance = Provenance;
        this.Citation = Citation;
        this.Minimum = Minimum;
        this.Recommended = Recommended;
        this.Enabled = Enabled;
        this.ClinicReason = ClinicReason;
    }

    /// <summary>The activity restricted.</summary>
    public AftercareActivity Activity { get; }

    /// <summary>The stable rule id, for example <c>aftercare.sun</c>.</summary>
    public string RuleId { get; }

    /// <summary>A short patient-facing name of the activity, for example <c>Sun and UV exposure</c>.</summary>
    public string Title { get; }

    /// <summary>Patient-facing guidance: what to avoid.</summary>
    public string Guidance { get; }

    /// <summary>Why the restriction exists, and which of its durations are the library's own choice within the source's range.</summary>
    public string Rationale { get; }

    /// <summary>The authority: <see cref="Provenance.SourceFaq"/> for library defaults, <see cref="Provenance.Clinic"/> when the clinic changed a window or reworded the title or guidance (the citation stays the library's).</summary>
    public Provenance Provenance { get; }

    /// <summary>The source cited, for example <c>Source FAQ: 'What not to do after hair mesotherapy?'</c>.</summary>
    public string? Citation { get; }

    /// <summary>Elapsed time after the session end before the activity is allowed with caution; greater than zero, at most 30 days.</summary>
    public TimeSpan Minimum { get; }

    /// <summary>Elapsed time after the session end before the activity is fully allowed; at least <see cref="Minimum"/>, at most 30 days.</summary>
    public TimeSpan Recommended { get; }

    /// <summary>Whether the clinic applies the restriction.</summary>
    public bool Enabled { get; }

    /// <summary>The clinic's reason for changing the default (<see cref="AftercareRuleOptions.Reason"/>), if any.</summary>
    public string? ClinicReason { get; }
}

/// <summary>Aftercare guidance without a window, for example "use a mild shampoo".</summary>
public sealed class AftercareGuidance
{
    [JsonConstructor]
    internal AftercareGuidance(string RuleId, string Text, string Rationale, Provenance Provenance, string? Citation)
    {
        this.RuleId = RuleId;
        this.Text = Text;
        this.Rationale = Rationale;
        this.Provenance = Provenance;
        this.Citation = Citation;
    }

    /// <summary>The stable rule id, for example <c>aftercare.guidance.gentle-shampoo</c>.</summary>
    public string RuleId { get; }

    /// <summary>Patient-facing guidance.</summary>
    public string Text { get; }

    /// <summary>Why the guidance is given.</summary>
    public string Rationale { get; }

    /// <summary>The authority the guidance rests on; <see cref="Provenance.Clinic"/> when the clinic reworded it (the citation stays the library's).</summary>
    public Provenance Provenance { get; }

    /// <summary>The source cited, if any.</summary>
    public string? Citation { get; }
}
