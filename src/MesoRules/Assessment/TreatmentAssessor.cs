using MesoRules.Aftercare;
using MesoRules.Core;
using MesoRules.Localization;
using MesoRules.Disclosure;
using MesoRules.Eligibility;
using MesoRules.Planning;
using MesoRules.Policy;

namespace MesoRules.Assessment;

/// <summary>
/// One call for a whole assessment: eligibility, the tailored risk disclosure, the session plan and the
/// aftercare of the first session to come, all computed from the same policy snapshot. Immutable and thread-safe.
/// </summary>
public sealed class TreatmentAssessor
{
    private readonly IMesoRulesPolicyProvider _policies;
    private readonly TimeProvider _time;

    /// <summary>Creates an assessor over the shipped default policy and the system clock.</summary>
    public TreatmentAssessor()
        : this(MesoRulesPolicy.Default, TimeProvider.System)
    {
    }

    /// <summary>Creates an assessor over a policy provider and a clock.</summary>
    /// <param name="policies">The policy provider; each call reads one snapshot from it.</param>
    /// <param name="time">The clock that stamps the disclosure.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public TreatmentAssessor(IMesoRulesPolicyProvider policies, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(time);
        _policies = policies;
        _time = time;
    }

    /// <summary>Assesses the request's patient and plans the course.</summary>
    /// <param name="request">The plan request; its <see cref="PlanRequest.Patient"/> is the patient assessed.</param>
    /// <returns>The full assessment, stamped with one policy version.</returns>
    /// <exception cref="ArgumentNullException">The request, or one of its members or elements, is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value of the request is out of range.</exception>
    /// <exception cref="ArgumentException">The request is inconsistent (see <see cref="SessionPlanner.Plan(PlanRequest)"/>).</exception>
    /// <exception cref="Core.RuleEvaluationException">An eligibility rule's condition (usually a clinic's custom rule) threw; the exception names the rule.</exception>
    public TreatmentAssessment Assess(PlanRequest request)
    {
        PlanRequestValidation.Validate(request);

        // One snapshot and one instant for the whole call; each part is built once, through the same internal entry
        // points the engines' public methods use: the plan's eligibility gate and consent gate reuse the parts built here.
        MesoRulesPolicy policy = _policies.Current;
        DateTimeOffset now = InstantRange.Now(_time);
        EligibilityAssessment eligibility = EligibilityEngine.Evaluate(policy, request.Patient, request.Language ?? PatientLanguage.English);
        RiskDisclosure disclosure = DisclosureEngine.Disclose(policy, request.Patient, now, request.Language);
        SessionPlan plan = SessionPlanner.Plan(policy, now, request, eligibility, disclosure);
        PlannedSession? next = plan.Sessions.FirstOrDefault(static s => !s.Completed);
        AftercareSchedule? aftercare = next is null ? null : AftercareEngine.Build(policy, next.End, default, request.Language);
        return new TreatmentAssessment(eligibility, disclosure, plan, aftercare, policy.Version);
    }
}
