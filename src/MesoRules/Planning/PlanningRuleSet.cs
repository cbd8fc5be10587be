using System.Collections.Immutable;
using MesoRules.Aftercare;
using MesoRules.Core;
using MesoRules.Eligibility;
using MesoRules.Localization;
using MesoRules.Patients;

namespace MesoRules.Planning;

/// <summary>The compiled, immutable planning settings, rules and texts of one policy snapshot.</summary>
internal sealed class PlanningRuleSet
{
    private const string FaqSessions = "Source FAQ: 'How many sessions of mesotherapy for hair?'";
    private const string Scheduling = "Scheduling practice for clinic calendars";

    private PlanningRuleSet(PlanningOptions o, bool extraSession, bool followUp, IReadOnlyDictionary<string, RuleDescriptor> rules, ImmutableArray<RuleDescriptor> inForce, CompiledTexts texts)
    {
        InitialSessions = [o.MildInitialSessions, o.ModerateInitialSessions, o.SevereInitialSessions];
        IntervalDays = [o.MildIntervalDays, o.ModerateIntervalDays, o.SevereIntervalDays];
        MinimumIntervalDays = o.MinimumIntervalDays;
        MaximumIntervalDays = o.MaximumIntervalDays;
        GoodMonths = o.GoodResponseMaintenanceMonths;
        PartialMonths = o.PartialResponseMaintenanceMonths;
        AddSessionAfterLongGap = extraSession;
        SessionDuration = o.SessionDuration;
        MaintenanceToleranceDays = o.MaintenanceToleranceDays;
        FollowUpWeeks = followUp ? o.FollowUpWeeks : 0;
        LapsedCourseDays = o.LapsedCourseDays;
        ReviewIncludesTreatment = o.ReviewIncludesTreatment;
        CourseStartSearchDays = o.CourseStartSearchDays;
        Rules = rules;
        Descriptors = inForce;
        Texts = texts;
    }

    public ImmutableArray<int> InitialSessions { get; }

    public ImmutableArray<int> IntervalDays { get; }

    public int MinimumIntervalDays { get; }

    public int MaximumIntervalDays { get; }

    public int GoodMonths { get; }

    public int PartialMonths { get; }

    /// <summary>Whether <see cref="PlanningRuleIds.ExtraSession"/> is in force.</summary>
    public bool AddSessionAfterLongGap { get; }

    public TimeSpan SessionDuration { get; }

    public int MaintenanceToleranceDays { get; }

    /// <summary>Weeks to the follow-up check; 0 when <see cref="PlanningRuleIds.FollowUp"/> is switched off.</summary>
    public int FollowUpWeeks { get; }

    public int LapsedCourseDays { get; }

    public bool ReviewIncludesTreatment { get; }

    public int CourseStartSearchDays { get; }

    /// <summary>Every planning rule by id, in force or not, as the clinic words it; never written after construction, so safe to read from many threads.</summary>
    public IReadOnlyDictionary<string, RuleDescriptor> Rules { get; }

    /// <summary>The rules in force, in the library's order.</summary>
    public ImmutableArray<RuleDescriptor> Descriptors { get; }

    /// <summary>Every planning text in force, in this rule set's language.</summary>
    public CompiledTexts Texts { get; private set; }

    private readonly PerLanguage<PlanningRuleSet> _languages = new();

    /// <summary>This rule set with its texts in <paramref name="language"/> (<see langword="null"/>: English), built on first use, once.</summary>
    public PlanningRuleSet In(PatientLanguage? language)
    {
        language ??= PatientLanguage.English;
        return language == Texts.Language ? this : _languages.Get(language, this, static (self, l) =>
        {
            var copy = (PlanningRuleSet)self.MemberwiseClone();
            copy.Texts = self.Texts.In(l);
            return copy;
        });
    }

    /// <summary>The planning rules as the library words them.</summary>
    public static ImmutableArray<RuleDescriptor> Library { get; } =
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
        new(PlanningRuleIds.Visits, "Re-planning counts only the visits done; missed and cancelled visits are flagged.",
            "A visit that did not happen gave no treatment; counting it would end the course early.", Provenance.ClinicalPractice, Scheduling),
        new(PlanningRuleIds.CourseRestart, "A course without a visit done for longer than the lapse limit starts again with a full initial course.",
            "The source says stopping may lead to a slow relapse; after a long interruption the earlier response no longer describes the patient. The limit is the library's choice.", Provenance.ClinicalPractice, "Source FAQ: 'Is mesotherapy for hair permanent?'"),
        new(PlanningRuleIds.LocalTime, "A session whose local start time is skipped by a daylight-saving change starts later, and the plan says so.",
            "A time that does not exist on the clock would otherwise move without the clinic or the patient being told.", Provenance.ClinicalPractice, Scheduling),
        new(PlanningRuleIds.SeverityUnknown, "No course is planned until the severity of hair loss is graded.",
            "The course length and interval follow the severity; planning an ungraded patient would silently pick one.", Provenance.SourceFaq, FaqSessions),
        new(PlanningRuleIds.EligibilityGate, "Only a patient who is eligible, with or without cautions, gets sessions.",
            "Planning sessions for a patient who is deferred, referred or not eligible would schedule treatment that must not happen.", Provenance.ClinicalPractice, null),
    ];

    /// <summary>The ids of the planning rules.</summary>
    public static IReadOnlyList<string> BuiltInIds { get; } = [.. Library.Select(d => d.Id)];

    /// <summary>The rules a clinic can switch, with their default; every other rule is always in force.</summary>
    public static IReadOnlyDictionary<string, bool> Switchable { get; } = new Dictionary<string, bool>(StringComparer.Ordinal)
    {
        [PlanningRuleIds.ExtraSession] = false,
        [PlanningRuleIds.FollowUp] = true,
    };

    /// <summary>Every planning text: summaries, findings' sentences, words.</summary>
    public static TextCatalog Catalog { get; } = new("planning", PlanningText.Defaults(Library));

    /// <summary>The course length for a graded severity (never <see cref="Severity.Unknown"/>).</summary>
    public int InitialSessionsFor(Severity severity) => InitialSessions[(int)severity - 1];

    /// <summary>The interval for a graded severity (never <see cref="Severity.Unknown"/>).</summary>
    public int IntervalFor(Severity severity) => IntervalDays[(int)severity - 1];

    /// <summary>A finding's sentence in the policy's wording, its placeholders filled in.</summary>
    public string Say(string textId, params ReadOnlySpan<(string Name, object Value)> values) => Texts.Format(textId, values);

    /// <summary>The policy's word for a graded severity.</summary>
    public string Word(Severity severity) => Texts[PlanningText.Word(severity)];

    /// <summary>The policy's word for a phase.</summary>
    public string Word(SessionPhase phase) => Texts[PlanningText.Word(phase)];

    /// <summary>The policy's word for an eligibility outcome.</summary>
    public string Word(EligibilityOutcome outcome) => Texts[PlanningText.Word(outcome)];

    /// <summary>A local date and time as this rule set's language writes it, with its UTC offset.</summary>
    public string DateTime(DateTimeOffset local) => Texts.Language.DateTime(local);

    /// <summary>The policy's word for an activity.</summary>
    public string Word(AftercareActivity activity) => Texts[PlanningText.Word(activity)];

    public static PlanningRuleSet Compile(PlanningOptions options, PolicyFingerprint fingerprint)
    {
        Dictionary<string, PlanningRuleOptions> settings = ClinicKeys.ById(options.Rules, ClinicKeys.IdIn(BuiltInIds));
        bool Enabled(string id) => settings.GetValueOrDefault(id)?.Enabled ?? Switchable.GetValueOrDefault(id, true);
        bool extraSession = Enabled(PlanningRuleIds.ExtraSession);
        bool followUp = Enabled(PlanningRuleIds.FollowUp);

        fingerprint.Fields("planning.initialSessions").Field("mild", options.MildInitialSessions).Field("moderate", options.ModerateInitialSessions).Field("severe", options.SevereInitialSessions);
        fingerprint.Fields("planning.intervalDays").Field("mild", options.MildIntervalDays).Field("moderate", options.ModerateIntervalDays).Field("severe", options.SevereIntervalDays);
        fingerprint.Fields("planning.intervalBounds").Field("minimum", options.MinimumIntervalDays).Field("maximum", options.MaximumIntervalDays);
        fingerprint.Fields("planning.maintenanceMonths").Field("good", options.GoodResponseMaintenanceMonths).Field("partial", options.PartialResponseMaintenanceMonths);
        fingerprint.Add("planning.addSessionAfterLongGap", extraSession);
        fingerprint.Add("planning.sessionDuration", options.SessionDuration);
        fingerprint.Add("planning.maintenanceToleranceDays", options.MaintenanceToleranceDays);
        fingerprint.Add("planning.followUpWeeks", followUp ? options.FollowUpWeeks : 0);
        fingerprint.Add("planning.lapsedCourseDays", options.LapsedCourseDays);
        fingerprint.Add("planning.reviewIncludesTreatment", options.ReviewIncludesTreatment);
        fingerprint.Add("planning.courseStartSearchDays", options.CourseStartSearchDays);
        CompiledTexts texts = Catalog.Compile(options.Texts, options.Translations, fingerprint);

        var rules = new Dictionary<string, RuleDescriptor>(StringComparer.Ordinal);
        var inForce = ImmutableArray.CreateBuilder<RuleDescriptor>();
        foreach (RuleDescriptor library in Library)
        {
            // A rule the clinic rewords, or decides with numbers of its own, is the clinic's; its citation stays.
            bool changed = texts.Reworded(library.Id) || DecidedByClinic(library.Id, options);
            RuleDescriptor rule = new(library.Id, texts[PlanningText.Summary(library.Id)], library.Rationale, changed ? Provenance.Clinic : library.Provenance, library.Citation);
            fingerprint.Fields($"planning.rule.{rule.Id}").Field("provenance", rule.Provenance).Field("summary", rule.Summary).Field("rationale", rule.Rationale).Field("citation", rule.Citation);
            rules[rule.Id] = rule;
            if (Enabled(rule.Id))
            {
                inForce.Add(rule);
            }
        }

        return new PlanningRuleSet(options, extraSession, followUp, rules, inForce.ToImmutable(), texts);
    }

    /// <summary>Whether the clinic set a number the rule decides with to another value than the library's.</summary>
    private static bool DecidedByClinic(string ruleId, PlanningOptions o)
    {
        PlanningOptions l = PlanningOptions.Library;
        return ruleId switch
        {
            PlanningRuleIds.InitialCount => o.MildInitialSessions != l.MildInitialSessions || o.ModerateInitialSessions != l.ModerateInitialSessions || o.SevereInitialSessions != l.SevereInitialSessions,
            PlanningRuleIds.Interval => o.MildIntervalDays != l.MildIntervalDays || o.ModerateIntervalDays != l.ModerateIntervalDays || o.SevereIntervalDays != l.SevereIntervalDays
                || o.MinimumIntervalDays != l.MinimumIntervalDays || o.MaximumIntervalDays != l.MaximumIntervalDays,
            PlanningRuleIds.MaintenanceGood => o.GoodResponseMaintenanceMonths != l.GoodResponseMaintenanceMonths,
            PlanningRuleIds.MaintenancePartial => o.PartialResponseMaintenanceMonths != l.PartialResponseMaintenanceMonths,
            PlanningRuleIds.FollowUp => o.FollowUpWeeks != l.FollowUpWeeks,
            PlanningRuleIds.CourseRestart => o.LapsedCourseDays != l.LapsedCourseDays,
            PlanningRuleIds.Review => o.ReviewIncludesTreatment != l.ReviewIncludesTreatment,
            _ => false,
        };
    }
}
