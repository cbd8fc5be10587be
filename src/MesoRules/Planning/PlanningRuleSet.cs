using System.Globalization;
using System.Collections.Immutable;
using MesoRules.Patients;
using MesoRules.Core;

namespace MesoRules.Planning;

/// <summary>The compiled, immutable planning settings and rule descriptions of one policy snapshot.</summary>
internal sealed class PlanningRuleSet
{
    private const string FaqSessions = "Source FAQ: 'How many sessions of mesotherapy for hair?'";
    private const string Scheduling = "Scheduling practice for clinic calendars";

    private PlanningRuleSet(PlanningOptions o)
    {
        InitialSessions = [o.MildInitialSessions, o.ModerateInitialSessions, o.SevereInitialSessions];
        IntervalDays = [o.MildIntervalDays, o.ModerateIntervalDays, o.SevereIntervalDays];
        MinimumIntervalDays = o.MinimumIntervalDays;
        MaximumIntervalDays = o.MaximumIntervalDays;
        GoodMonths = o.GoodResponseMaintenanceMonths;
        PartialMonths = o.PartialResponseMaintenanceMonths;
        AddSessionAfterLongGap = o.AddSessionAfterLongGap;
        SessionDuration = o.SessionDuration;
        MaintenanceToleranceDays = o.MaintenanceToleranceDays;
        FollowUpWeeks = o.FollowUpWeeks;
        Rules = Descriptors.ToDictionary(d => d.Id, StringComparer.Ordinal);
    }

    public ImmutableArray<int> InitialSessions { get; }

    public ImmutableArray<int> IntervalDays { get; }

    public int MinimumIntervalDays { get; }

    public int MaximumIntervalDays { get; }

    public int GoodMonths { get; }

    public int PartialMonths { get; }

    public bool AddSessionAfterLongGap { get; }

    public TimeSpan SessionDuration { get; }

    public int MaintenanceToleranceDays { get; }

    public int FollowUpWeeks { get; }

    /// <summary>The rule descriptions by id; never written after construction, so safe to read from many threads.</summary>
    public IReadOnlyDictionary<string, RuleDescriptor> Rules { get; }

    public static ImmutableArray<RuleDescriptor> Descriptors { get; } =
    [
        new(PlanningRuleIds.InitialCount, "The initial course length follows the severity of hair loss.",
            "The source gives an initial course of usually 4 to 6 sessions, set by cause, severity and response; the count by severity is the library's default.", Provenance.SourceFaq, FaqSessions),
        new(PlanningRuleIds.Interval, "Initial sessions are spaced at a regular interval within the allowed bounds.",
            "The source gives one session every one to two weeks at regular intervals; the interval by severity is the library's default.", Provenance.SourceFaq, FaqSessions),
        new(PlanningRuleIds.Review, "A review visit one interval after the last initial session evaluates the results.",
            "The source has the practitioner evaluate the first sessions' results before deciding what follows.", Provenance.SourceFaq, FaqSessions),
        new(PlanningRuleIds.MaintenanceGood, "After a good response, maintenance sessions keep the result.",
            "The source advises maintenance every few months or occasionally, depending on response; six months after a good response is the library's default.", Provenance.SourceFaq, "Source FAQ: 'Is mesotherapy for hair permanent?'"),
        new(PlanningRuleIds.MaintenancePartial, "After a partial response, maintenance is more frequent.",
            "Maintenance every 3 months was the most common first-year schedule in a real-world dutasteride mesotherapy series.", Provenance.ClinicalLiterature, "Real-world dutasteride mesotherapy series, n=541"),
        new(PlanningRuleIds.MaintenanceNone, "Without a response, no maintenance is planned; a specialist reviews other therapies.",
            "Continuing a treatment that did not help delays better options.", Provenance.ClinicalPractice, "Source FAQ: 'Is mesotherapy for hair permanent?' (other therapies)"),
        new(PlanningRuleIds.MaintenanceAtReview, "Maintenance is decided at the review, from the response to the initial course.",
            "The source makes maintenance depend on the response, which is known only after the initial course.", Provenance.SourceFaq, FaqSessions),
        new(PlanningRuleIds.ClosedDay, "Sessions fall on days the clinic is open, within the interval bounds.",
            "A session on a closed day cannot happen; moving it must not break the allowed interval.", Provenance.ClinicalPractice, Scheduling),
        new(PlanningRuleIds.PatientActivity, "No session's aftercare window may cover an activity the patient has planned.",
            "Sun, swimming, hair colouring and similar activities are restricted after each session; planning around them keeps the aftercare.", Provenance.ClinicalPractice, "Source FAQ: 'What not to do after hair mesotherapy?'"),
        new(PlanningRuleIds.IntervalBounds, "A session that cannot be placed within the interval bounds is reported, never moved silently.",
            "Regular intervals are part of the protocol the source describes.", Provenance.ClinicalPractice, FaqSessions),
        new(PlanningRuleIds.GapExceeded, "A real gap between sessions beyond the maximum interval is flagged.",
            "A late or missed session breaks the regular interval the course relies on.", Provenance.ClinicalPractice, FaqSessions),
        new(PlanningRuleIds.ExtraSession, "After a gap beyond the maximum interval the initial course gains one session.",
            "The clinic's policy compensates a broken course with an extra session.", Provenance.Clinic, null),
        new(PlanningRuleIds.FollowUp, "A follow-up check some weeks after the last initial session looks for late complications.",
            "Non-tuberculous mycobacterial infections have been reported 1 to 12 weeks after mesotherapy injections and scarring hair loss at injection sites up to a year later, after aftercare has ended.", Provenance.ClinicalLiterature,
            "Clinical literature: non-tuberculous mycobacterial infections 1 to 12 weeks after injection; scarring hair loss at injection sites up to a year later"),
        new(PlanningRuleIds.SeverityUnknown, "No course is planned until the severity of hair loss is graded.",
            "The course length and interval follow the severity; planning an ungraded patient would silently pick one.", Provenance.SourceFaq, FaqSessions),
        new(PlanningRuleIds.EligibilityGate, "Only a patient who is eligible, with or without cautions, gets sessions.",
            "Planning sessions for a patient who is deferred, referred or not eligible would schedule treatment that must not happen.", Provenance.ClinicalPractice, null),
    ];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>The course length for a graded severity (never <see cref="Severity.Unknown"/>).</summary>
    public int InitialSessionsFor(Severity severity) => InitialSessions[(int)severity - 1];

    /// <summary>The interval for a graded severity (never <see cref="Severity.Unknown"/>).</summary>
    public int IntervalFor(Severity severity) => IntervalDays[(int)severity - 1];

    /// <summary>The ids of the planning rules.</summary>
    public static IReadOnlyList<string> BuiltInIds { get; } = [.. Descriptors.Select(d => d.Id)];

    public static void Validate(PlanningOptions? options, string prefix, OptionsFailures failures)
    {
        if (options is null)
        {
            failures.NotNull(prefix, options);
            return;
        }

        IntRange sessions = PlanningOptions.InitialSessionsRange;
        failures.Range($"{prefix}:{nameof(PlanningOptions.MildInitialSessions)}", options.MildInitialSessions, sessions);
        failures.Range($"{prefix}:{nameof(PlanningOptions.ModerateInitialSessions)}", options.ModerateInitialSessions, sessions);
        failures.Range($"{prefix}:{nameof(PlanningOptions.SevereInitialSessions)}", options.SevereInitialSessions, sessions);
        IntRange bounds = PlanningOptions.IntervalBoundsRange;
        failures.Range($"{prefix}:{nameof(PlanningOptions.MinimumIntervalDays)}", options.MinimumIntervalDays, bounds);
        failures.Range($"{prefix}:{nameof(PlanningOptions.MaximumIntervalDays)}", options.MaximumIntervalDays, bounds);
        bool boundsValid = options.MinimumIntervalDays <= options.MaximumIntervalDays;
        if (!boundsValid)
        {
            failures.Add($"{prefix}:{nameof(PlanningOptions.MinimumIntervalDays)}", $"{options.MinimumIntervalDays} is above MaximumIntervalDays {options.MaximumIntervalDays}; allowed: MinimumIntervalDays <= MaximumIntervalDays.");
        }

        int low = boundsValid ? options.MinimumIntervalDays : bounds.Min;
        int high = boundsValid ? options.MaximumIntervalDays : bounds.Max;
        failures.Range($"{prefix}:{nameof(PlanningOptions.MildIntervalDays)}", options.MildIntervalDays, low, high);
        failures.Range($"{prefix}:{nameof(PlanningOptions.ModerateIntervalDays)}", options.ModerateIntervalDays, low, high);
        failures.Range($"{prefix}:{nameof(PlanningOptions.SevereIntervalDays)}", options.SevereIntervalDays, low, high);
        failures.Range($"{prefix}:{nameof(PlanningOptions.GoodResponseMaintenanceMonths)}", options.GoodResponseMaintenanceMonths, PlanningOptions.MaintenanceMonthsRange);
        failures.Range($"{prefix}:{nameof(PlanningOptions.PartialResponseMaintenanceMonths)}", options.PartialResponseMaintenanceMonths, PlanningOptions.MaintenanceMonthsRange);
        failures.Range($"{prefix}:{nameof(PlanningOptions.SessionDuration)}", options.SessionDuration, PlanningOptions.SessionDurationRange);
        failures.Range($"{prefix}:{nameof(PlanningOptions.MaintenanceToleranceDays)}", options.MaintenanceToleranceDays, PlanningOptions.MaintenanceToleranceRange);
        failures.Range($"{prefix}:{nameof(PlanningOptions.FollowUpWeeks)}", options.FollowUpWeeks, PlanningOptions.FollowUpWeeksRange);
    }

    public static PlanningRuleSet Compile(PlanningOptions options, PolicyFingerprint fingerprint)
    {
        fingerprint.Fields("planning.initialSessions").Field("mild", options.MildInitialSessions).Field("moderate", options.ModerateInitialSessions).Field("severe", options.SevereInitialSessions);
        fingerprint.Fields("planning.intervalDays").Field("mild", options.MildIntervalDays).Field("moderate", options.ModerateIntervalDays).Field("severe", options.SevereIntervalDays);
        fingerprint.Fields("planning.intervalBounds").Field("minimum", options.MinimumIntervalDays).Field("maximum", options.MaximumIntervalDays);
        fingerprint.Fields("planning.maintenanceMonths").Field("good", options.GoodResponseMaintenanceMonths).Field("partial", options.PartialResponseMaintenanceMonths);
        fingerprint.Add("planning.addSessionAfterLongGap", options.AddSessionAfterLongGap);
        fingerprint.Add("planning.sessionDuration", options.SessionDuration);
        fingerprint.Add("planning.maintenanceToleranceDays", options.MaintenanceToleranceDays);
        fingerprint.Add("planning.followUpWeeks", options.FollowUpWeeks);
        foreach (RuleDescriptor rule in Descriptors)
        {
            fingerprint.Fields($"planning.rule.{rule.Id}").Field("provenance", rule.Provenance).Field("summary", rule.Summary).Field("rationale", rule.Rationale).Field("citation", rule.Citation);
        }

        return new PlanningRuleSet(options);
    }
}
