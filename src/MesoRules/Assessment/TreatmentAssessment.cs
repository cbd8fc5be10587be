using System.Text.Json.Serialization;
using MesoRules.Aftercare;
using MesoRules.Disclosure;
using MesoRules.Eligibility;
using MesoRules.Planning;

namespace MesoRules.Assessment;

/// <summary>A full assessment from one policy snapshot: eligibility, the tailored risk disclosure, the plan, and the aftercare of the first session to come.</summary>
public sealed class TreatmentAssessment
{
    [JsonConstructor]
    internal TreatmentAssessment(EligibilityAssessment Eligibility, RiskDisclosure Disclosure, SessionPlan Plan, AftercareSchedule? FirstSessionAftercare, string PolicyVersion)
    {
        this.Eligibility = Eligibility;
        this.Disclosure = Disclosure;
        this.Plan = Plan;
        this.FirstSessionAftercare = FirstSessionAftercare;
        this.PolicyVersion = PolicyVersion;
    }

    /// <summary>The eligibility outcome and notes.</summary>
    public EligibilityAssessment Eligibility { get; }

    /// <summary>The risk disclosure the patient must be shown, with its content hash.</summary>
    public RiskDisclosure Disclosure { get; }

    /// <summary>The session plan (no sessions when eligibility stops it).</summary>
    public SessionPlan Plan { get; }

    /// <summary>The aftercare schedule after the first session still to come, or <see langword="null"/> when none is planned.</summary>
    public AftercareSchedule? FirstSessionAftercare { get; }

    /// <summary>The version id of the snapshot every part came from.</summary>
    public string PolicyVersion { get; }
}
