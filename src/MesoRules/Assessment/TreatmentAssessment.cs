using MesoRules.Aftercare;
using MesoRules.Disclosure;
using MesoRules.Eligibility;
using MesoRules.Planning;

namespace MesoRules.Assessment;

/// <summary>A full assessment from one policy snapshot: eligibility, the tailored risk disclosure, the plan, and the aftercare of the first session to come.</summary>
/// <param name="Eligibility">The eligibility outcome and notes.</param>
/// <param name="Disclosure">The risk disclosure the patient must be shown, with its content hash.</param>
/// <param name="Plan">The session plan (no sessions when eligibility stops it).</param>
/// <param name="FirstSessionAftercare">The aftercare schedule after the first session still to come, or <see langword="null"/> when none is planned.</param>
/// <param name="PolicyVersion">The version id of the snapshot every part came from.</param>
public sealed record TreatmentAssessment(
    EligibilityAssessment Eligibility,
    RiskDisclosure Disclosure,
    SessionPlan Plan,
    AftercareSchedule? FirstSessionAftercare,
    string PolicyVersion);
