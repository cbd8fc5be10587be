// A clinic system's use of the packed MesoRules package, on .NET 8 and .NET 10. It runs every C# example of
// the README as written there (README.md ```csharp blocks; ReadmeSnippetTests keeps the two in step), so an
// example that stops compiling against the package fails CI. Exit code 0 when every answer is the expected one.

// The namespaces the later examples need; the first example brings its own.
using System.Runtime.InteropServices;
using MesoRules.Aftercare;
using MesoRules.Disclosure;
using MesoRules.Policy;
using MesoRules.Core;
using MesoRules.Localization;

// README, "Using the package": registration, one engine, the facade.
using MesoRules.Assessment;
using MesoRules.Eligibility;
using MesoRules.Patients;
using MesoRules.Planning;
using Microsoft.Extensions.DependencyInjection;

var services = new ServiceCollection();
services.AddMesoRules(options =>
{
    options.PolicyName = "north-clinic";
    options.Eligibility.Rules[EligibilityRuleIds.KeloidTendency] = new EligibilityRuleOptions { Outcome = EligibilityOutcome.ReferToSpecialist };
});
using ServiceProvider provider = services.BuildServiceProvider();

var patient = new PatientProfile
{
    Cause = HairLossCause.AndrogeneticAlopecia,
    Severity = Severity.Moderate,
    AgeYears = 40,
    // Record each answer the patient gave; a question nobody asked stays Unknown, and the rule that needs it asks.
    Health = new HealthHistory
    {
        Pregnancy = Answer.No,
        Breastfeeding = Answer.No,
        ActiveScalpInfection = Answer.No,
        ActiveSkinDisease = Answer.No,
        BleedingDisorder = Answer.No,
        Anticoagulants = Answer.No,
        Immunosuppression = Answer.No,
        Diabetes = Answer.No,
        AutoimmuneDisease = Answer.No,
        CancerTreatment = Answer.No,
        KeloidTendency = Answer.No,
        InfectionPredisposition = Answer.No,
    },
    AllergiesDisclosed = true,
    MedicinesDisclosed = true,
    Formulation = new Formulation("vitamin mix", ["biotin", "zinc"]),
};

// One engine ...
EligibilityAssessment eligibility = provider.GetRequiredService<EligibilityEngine>().Assess(patient);
foreach (EligibilityNote note in eligibility.Notes)
    Console.WriteLine($"[{note.RuleId}] {note.Text} ({note.Provenance})");

// ... or everything from one policy snapshot.
TreatmentAssessment all = provider.GetRequiredService<TreatmentAssessor>().Assess(new PlanRequest
{
    Patient = patient,
    CourseStart = new DateOnly(2026, 3, 2),
    TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London"),
});
Console.WriteLine($"{all.Eligibility.Outcome}, {all.Plan.Sessions.Length} sessions, disclosure {all.Disclosure.ContentHash}, policy {all.PolicyVersion}");

// The CI log shows which runtime answered: .ci/run asserts ".NET 8.0." for the net8.0 publish.
Console.WriteLine($"Runtime: {RuntimeInformation.FrameworkDescription}");

var failures = new List<string>();
void Expect(bool holds, string what)
{
    if (!holds)
    {
        failures.Add(what);
    }
}

Expect(eligibility.Outcome == EligibilityOutcome.Eligible, $"the README patient is Eligible (got {eligibility.Outcome})");
Expect(all.Eligibility.Outcome == EligibilityOutcome.Eligible, $"the facade finds the README patient Eligible (got {all.Eligibility.Outcome})");
int initialSessions = all.Plan.Sessions.Count(s => s.Phase == SessionPhase.Initial);
Expect(initialSessions == 5, $"a moderate course has 5 initial sessions (got {initialSessions})");
Expect(all.PolicyVersion == eligibility.PolicyVersion, "the facade and the engine answer from the same policy");
Expect(all.PolicyVersion != MesoRulesPolicy.Default.Version, "the clinic's options give a policy version of their own");

var (newEligibility, planner, newAftercare, newDisclosures) = EnginesWithNew();
Expect(newEligibility.Assess(Copy(patient, p => p.AgeYears = 20)).Outcome == EligibilityOutcome.NotEligible,
    "an engine built with new from MinimumAgeYears = 21 refuses a 20-year-old");
SessionPlan plan = planner.Plan(new PlanRequest { Patient = patient, CourseStart = new DateOnly(2026, 3, 2), TimeZone = TimeZoneInfo.Utc });
Expect(plan.Sessions.Count(s => s.Phase == SessionPhase.Initial) == 5, "a planner built with new plans 5 initial sessions for a moderate course");
Expect(newAftercare.Check(AftercareActivity.Sun, at: new DateTimeOffset(2026, 3, 4, 10, 30, 0, TimeSpan.Zero), [new DateTimeOffset(2026, 3, 2, 10, 30, 0, TimeSpan.Zero)]).Status == AftercareStatus.Allowed,
    "sun is allowed 48 h after a session (the window is half-open)");
Expect(newDisclosures.Disclose(patient).ContentHash.Length == 64, "a disclosure built with new carries a SHA-256 content hash");

MesoRulesPolicy withClinicRule = PolicyWithClinicRule();
EligibilityAssessment tattooed = new EligibilityEngine(withClinicRule).Assess(Copy(patient, p => p.CurrentMedicines = ["Scalp tattoo, 3 weeks ago"]));
Expect(tattooed.Outcome == EligibilityOutcome.ReferToSpecialist && tattooed.Notes.Any(n => n.RuleId == "clinic.scalp-tattoo"),
    $"the README's clinic rule refers a patient with a recent scalp tattoo (got {tattooed.Outcome})");

string ruleFailure = RuleFailureReport(PolicyWithFailingRule(), patient);
Expect(ruleFailure.Trim() == "Eligibility rule clinic.failing failed with InvalidOperationException.",
    $"the README's catch reports the failing rule (got \"{ruleFailure.Trim()}\")");
Expect(RuleFailureReport(MesoRulesPolicy.Default, patient).Length == 0, "the README's try block gives an answer when no rule fails");

DateTimeOffset sessionEnd = DateTimeOffset.UtcNow.AddHours(-1);
var (swim, activeNow, sheet) = AftercareExample(provider, sessionEnd);
Expect(swim.Status == AftercareStatus.NotYet, $"swimming an hour after a session is not yet allowed (got {swim.Status})");
Expect(activeNow.Restrictions.Any(r => r.Activity == AftercareActivity.Swimming), "swimming is among the restrictions active an hour after a session");
Expect(sheet.Length > 0, "the aftercare sheet is written");

SessionPlan replanned = ReplanningExample(Copy(patient, p => p.Response = TreatmentResponse.Good));
PlannedSession? nextSession = replanned.Sessions.FirstOrDefault(s => !s.Completed);
Expect(replanned.Sessions.Count(s => s.Completed) == 7, $"the README's re-planning counts its 7 visits done (got {replanned.Sessions.Count(s => s.Completed)})");
Expect(replanned.Findings.Count(f => f.RuleId == PlanningRuleIds.Visits) == 3, "the README's re-planning flags the missed and the cancelled visit and says what it counted");
Expect(nextSession is { Phase: SessionPhase.Maintenance } && nextSession.Date == new DateOnly(2027, 4, 29),
    $"the README's re-planning plans the next maintenance 6 months after the last visit done (got {nextSession?.Phase} on {nextSession?.Date})");

DisclosureEngine clinicDisclosures = provider.GetRequiredService<DisclosureEngine>();
DisclosureAcknowledgment earlier = clinicDisclosures.Acknowledge(clinicDisclosures.Disclose(patient), "MRN-0042", AcknowledgingParty.Patient);
AcknowledgmentVerification verified = DisclosureExample(provider, patient, earlier.DisclosureHash, earlier.PolicyVersion, earlier.PatientReference,
    earlier.AcknowledgedAt, earlier.HistoryHash, earlier.Language, firstSessionStart: earlier.AcknowledgedAt.AddDays(7));
Expect(verified.Status == ConsentStatus.Valid, $"a stored acknowledgment of today's disclosure verifies (got {verified.Status})");

var (spanishNotes, spanishSheet, spanishDisclosure) = LanguageExample(provider, patient, new DateTimeOffset(2026, 3, 27, 16, 30, 0, TimeSpan.Zero));
Expect(spanishNotes.Language == PatientLanguage.Spanish && spanishNotes.Outcome == eligibility.Outcome, "the Spanish assessment is Spanish with the English outcome");
Expect(spanishSheet.StartsWith("CUIDADOS DESPUÉS DE SU SESIÓN\nFin de la sesión: 27 de marzo de 2026 17:30 +01:00\n", StringComparison.Ordinal), "the README's Spanish sheet starts as shown");
Expect(spanishSheet.Contains("Evitar hasta el 29 de marzo de 2026 18:30 +02:00.", StringComparison.Ordinal), "the Spanish sheet shows the offset after the change to summer time");
Expect(spanishDisclosure.Language == PatientLanguage.Spanish && spanishDisclosure.ContentHash != clinicDisclosures.Disclose(patient).ContentHash, "the Spanish disclosure has a hash of its own");

foreach (string failure in failures)
{
    Console.Error.WriteLine($"consumer: expected {failure}");
}

Console.WriteLine(failures.Count == 0 ? "consumer: every answer as expected" : $"consumer: {failures.Count} unexpected answers");
return failures.Count == 0 ? 0 : 1;

// README, "Using the package": engines built with new.
static (EligibilityEngine, SessionPlanner, AftercareEngine, DisclosureEngine) EnginesWithNew()
{
    var policy = MesoRulesPolicy.Create(new MesoRulesOptions { Eligibility = { MinimumAgeYears = 21 } });
    var eligibility = new EligibilityEngine(policy);   // new EligibilityEngine() uses the shipped defaults
    var planner = new SessionPlanner(policy);
    var aftercare = new AftercareEngine(policy);
    var disclosures = new DisclosureEngine(policy, TimeProvider.System);
    return (eligibility, planner, aftercare, disclosures);
}

// README, "Eligibility": a clinic rule.
static MesoRulesPolicy PolicyWithClinicRule()
{
    var options = new MesoRulesOptions();
    options.Eligibility.CustomRules.Add(new EligibilityRule
    {
        Id = "clinic.scalp-tattoo",
        Outcome = EligibilityOutcome.ReferToSpecialist,
        Text = "Scalp micropigmentation in the last 4 weeks needs the practitioner's review.",
        Rationale = "Clinic policy.",
        Facts = ["patient.currentMedicines"],
        Condition = p => p.CurrentMedicines.Any(m => m.Contains("scalp tattoo", StringComparison.OrdinalIgnoreCase)) ? RuleState.Fired : RuleState.Silent,
    });
    return MesoRulesPolicy.Create(options);
}

// A clinic rule with a defect, for the README's RuleEvaluationException example.
static MesoRulesPolicy PolicyWithFailingRule()
{
    var options = new MesoRulesOptions();
    options.Eligibility.CustomRules.Add(new EligibilityRule
    {
        Id = "clinic.failing",
        Outcome = EligibilityOutcome.ReferToSpecialist,
        Text = "A rule whose condition has a defect.",
        Rationale = "Shows what a failing clinic rule gives.",
        Facts = ["patient.ageYears"],
        Condition = _ => throw new InvalidOperationException("defect in the clinic's condition"),
    });
    return MesoRulesPolicy.Create(options);
}

// README, "Eligibility": a clinic rule that throws. Returns what the example wrote to standard error.
static string RuleFailureReport(MesoRulesPolicy policy, PatientProfile patient)
{
    TextWriter standardError = Console.Error;
    using var written = new StringWriter();
    Console.SetError(written);
    try
    {
        try
        {
            EligibilityAssessment result = new EligibilityEngine(policy).Assess(patient);
        }
        catch (RuleEvaluationException ex)
        {
            // Fix the rule; no answer was given for the patient.
            Console.Error.WriteLine($"Eligibility rule {ex.RuleId} failed with {ex.InnerException?.GetType().Name}.");
        }
    }
    finally
    {
        Console.SetError(standardError);
    }

    return written.ToString();
}

// README, "Aftercare windows".
static (AftercareCheck, AftercareActiveRestrictions, string) AftercareExample(IServiceProvider provider, DateTimeOffset sessionEnd)
{
    var aftercare = provider.GetRequiredService<AftercareEngine>();
    AftercareCheck swim = aftercare.Check(AftercareActivity.Swimming, at: DateTimeOffset.UtcNow, [sessionEnd]);
    // NotYet (with AllowedWithCautionFrom and AllowedFrom), AllowedWithCaution, or Allowed
    AftercareActiveRestrictions now = aftercare.ActiveAt(DateTimeOffset.UtcNow, [sessionEnd]); // "what must I still avoid?"
    string sheet = aftercare.Schedule([sessionEnd]).Render(TimeZoneInfo.FindSystemTimeZoneById("Europe/London"), DocumentFormat.Markdown);
    return (swim, now, sheet);
}

// README, "Session planning": re-planning from the visits recorded so far.
static SessionPlan ReplanningExample(PatientProfile patient)
{
    var planner = new SessionPlanner();
    SessionPlan replanned = planner.Plan(new PlanRequest
    {
        Patient = patient, // Response = TreatmentResponse.Good: maintenance every 6 months after the review
        CourseStart = new DateOnly(2026, 3, 2),
        Today = new DateOnly(2026, 11, 2),
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London"),
        Visits =
        [
            new CourseVisit(new DateOnly(2026, 3, 2)), // phase Initial, status Done unless given
            new CourseVisit(new DateOnly(2026, 3, 12), SessionPhase.Initial, VisitStatus.Missed),
            new CourseVisit(new DateOnly(2026, 3, 16), SessionPhase.Initial, VisitStatus.Done),
            new CourseVisit(new DateOnly(2026, 3, 26)),
            new CourseVisit(new DateOnly(2026, 4, 7)),
            new CourseVisit(new DateOnly(2026, 4, 17)),
            new CourseVisit(new DateOnly(2026, 4, 27), SessionPhase.Review),
            new CourseVisit(new DateOnly(2026, 10, 26), SessionPhase.Maintenance, VisitStatus.Cancelled),
            new CourseVisit(new DateOnly(2026, 10, 29), SessionPhase.Maintenance, VisitStatus.Done, new TimeOnly(16, 30)),
        ],
    });
    // The 7 visits done come back as completed sessions (the last at 16:30), the missed and the cancelled one as
    // planning.visits findings; the next maintenance session is planned 6 months after the last visit done.
    return replanned;
}

// README, "Risk disclosure and consent": the stored values come from an acknowledgment the caller made earlier.
static AcknowledgmentVerification DisclosureExample(IServiceProvider provider, PatientProfile patient, string hash, string policyVersion,
    string patientReference, DateTimeOffset acknowledgedAt, string? historyHash, PatientLanguage language, DateTimeOffset firstSessionStart)
{
    var disclosures = provider.GetRequiredService<DisclosureEngine>();
    RiskDisclosure shown = disclosures.Disclose(patient);
    DisclosureAcknowledgment ack = disclosures.Acknowledge(shown, patientReference: "MRN-0042", AcknowledgingParty.Patient);
    // Store ack.DisclosureHash, ack.PolicyVersion, ack.PatientReference, ack.AcknowledgedAt, ack.AcknowledgedBy,
    // ack.HistoryHash and ack.Language (or MesoRulesJson.Serialize(ack)).

    // Later, before the first session: rebuild the stored acknowledgment and verify it against today's disclosure.
    var stored = new DisclosureAcknowledgment(hash, policyVersion, patientReference, acknowledgedAt, AcknowledgingParty.Patient, historyHash, language);
    AcknowledgmentVerification check = stored.Verify(disclosures.Disclose(patient, language), firstSessionStart);
    // Valid (also after a policy change that shows nothing new), StaleText (a shown word, level or label changed,
    // e.g. a history that raises a risk), StaleHistory (the history or the mix changed though the text did not,
    // e.g. a new pregnancy or medicine),
    // or GivenAfterFirstSession
    return check;
}

// README, "Patient languages".
static (EligibilityAssessment, string, RiskDisclosure) LanguageExample(IServiceProvider provider, PatientProfile patient, DateTimeOffset sessionEnd)
{
    PatientLanguage spanish = PatientLanguage.Resolve("es-MX");      // a BCP 47 tag; or PatientLanguage.Resolve(CultureInfo)
    EligibilityAssessment notes = provider.GetRequiredService<EligibilityEngine>().Assess(patient, spanish);
    string sheet = provider.GetRequiredService<AftercareEngine>().Schedule([sessionEnd], [], spanish)
        .Render(TimeZoneInfo.FindSystemTimeZoneById("Europe/Madrid"));
    RiskDisclosure shown = provider.GetRequiredService<DisclosureEngine>().Disclose(patient, spanish);
    // PlanRequest.Language does the same for a plan and for the facade.
    return (notes, sheet, shown);
}

// A changed copy of a patient: inputs are classes, so the copy goes through the library's own JSON contract.
static PatientProfile Copy(PatientProfile patient, Action<PatientProfile> change)
{
    PatientProfile copy = MesoRules.Serialization.MesoRulesJson.Deserialize<PatientProfile>(MesoRules.Serialization.MesoRulesJson.Serialize(patient));
    change(copy);
    return copy;
}
