using System.Collections.Immutable;
using System.Text.Json.Serialization;
using MesoRules.Core;
using MesoRules.Eligibility;
using MesoRules.Localization;

namespace MesoRules.Planning;

/// <summary>A proposed course: sessions with real dates, the findings that explain them, and the policy version.</summary>
public sealed class SessionPlan
{
    [JsonConstructor]
    internal SessionPlan(ImmutableArray<PlannedSession> Sessions, ImmutableArray<PlanFinding> Findings, EligibilityOutcome Eligibility, string PolicyVersion, FollowUpVisit? FollowUp, PatientLanguage Language)
    {
        this.Language = Language ?? throw new ArgumentNullException(nameof(Language));
        DocumentTexts = PlanningRuleSet.Catalog.Library.In(this.Language);
        this.FollowUp = FollowUp;
        this.Sessions = Sessions.IsDefault ? [] : Sessions;
        this.Findings = Findings.IsDefault ? [] : Findings;
        this.Eligibility = Eligibility;
        this.PolicyVersion = PolicyVersion;
    }

    /// <summary>The eligibility outcome that gated the plan.</summary>
    public EligibilityOutcome Eligibility { get; }

    /// <summary>The version id of the policy that produced the plan.</summary>
    public string PolicyVersion { get; }

    /// <summary>
    /// The language the findings, the follow-up text and the document <see cref="Render"/> writes are in: the request's
    /// <see cref="PlanRequest.Language"/>, or <see cref="PatientLanguage.English"/>.
    /// </summary>
    [JsonConverter(typeof(Core.ShippedLanguageJsonConverter))]
    public PatientLanguage Language { get; }

    /// <summary>Completed and planned sessions in date order (empty when eligibility stops the plan or the severity is not graded); a default array given to the constructor reads as empty.</summary>
    public ImmutableArray<PlannedSession> Sessions { get; }

    /// <summary>Why the plan looks as it does; a default array given to the constructor reads as empty.</summary>
    public ImmutableArray<PlanFinding> Findings { get; }

    /// <summary>
    /// The follow-up visit for late complications, after the last initial session, with the signs to contact the
    /// clinic for; <see langword="null"/> when the plan has no sessions or the policy sets no follow-up
    /// (rule <see cref="PlanningRuleIds.FollowUp"/> switched off in <see cref="PlanningOptions.Rules"/>).
    /// </summary>
    public FollowUpVisit? FollowUp { get; }

    /// <summary>
    /// Whether a blocking finding stops the plan: eligibility or an ungraded severity (then there are no sessions) or missing consent
    /// (then the sessions are a proposal that may not start until the patient acknowledges the disclosure).
    /// </summary>
    public bool IsBlocked => Findings.Any(f => f.Kind == PlanFindingKind.Blocking);

    /// <summary>Whether any finding reports a conflict or an exceeded gap.</summary>
    public bool HasConflicts => Findings.Any(f => f.Kind is PlanFindingKind.Conflict or PlanFindingKind.GapExceeded);

    /// <summary>
    /// Renders the plan as a document for the patient: each session with its number, phase, local date and time and
    /// whether it is done or planned, the follow-up visit with the signs to contact the clinic for, the findings
    /// (the follow-up's own finding is shown once, with the visit) and the policy version.
    /// </summary>
    /// <remarks>
    /// The output is culture-invariant and byte-identical for equal inputs: <c>\n</c> line ends, dates written in
    /// <see cref="Language"/> and times as <c>HH:mm</c> followed by the UTC offset in force at that instant in
    /// <paramref name="zone"/> (a session's start is shown rounded down to the minute). The document's own words
    /// (<c>planning.document.*</c>) are those of the policy that built the plan, which a clinic rewords through
    /// <see cref="PlanningOptions.Texts"/> and <see cref="PlanningOptions.Translations"/>; a plan read from JSON has
    /// the library's. <see cref="DocumentFormat.Html"/> gives a self-contained HTML document in <see cref="Language"/>
    /// with print styles for A4 and US Letter, no script and no external resource, and every text HTML-escaped.
    /// </remarks>
    /// <param name="zone">The time zone the times are shown in: the clinic's.</param>
    /// <param name="format">Plain text (the default), Markdown or HTML.</param>
    /// <returns>The document, ending with a line feed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined <see cref="DocumentFormat"/> value.</exception>
    public string Render(TimeZoneInfo zone, DocumentFormat format = DocumentFormat.PlainText) => SessionPlanDocument.Render(this, zone, format, DocumentTexts);

    /// <summary>The planning texts of the policy that built the plan, in <see cref="Language"/>; the library's for a plan read from JSON.</summary>
    internal CompiledTexts DocumentTexts { get; init; }
}
