using System.Collections.Immutable;
using System.Text.Json.Serialization;
using MesoRules.Localization;
using MesoRules.Core;

namespace MesoRules.Aftercare;

/// <summary>
/// Every aftercare window after the latest of one or more sessions, with the guidance that has no window.
/// When several sessions are given, the latest session governs each activity.
/// </summary>
public sealed class AftercareSchedule
{
    [JsonConstructor]
    internal AftercareSchedule(DateTimeOffset SessionEnd, ImmutableArray<AftercareWindow> Windows, ImmutableArray<AftercareGuidance> Guidance, string PolicyVersion, PatientLanguage Language)
    {
        this.Language = Language ?? throw new ArgumentNullException(nameof(Language));
        SheetTexts = AftercareRuleSet.LibraryTexts.In(this.Language);
        this.SessionEnd = SessionEnd;
        this.Windows = Windows.IsDefault ? [] : Windows;
        this.Guidance = Guidance.IsDefault ? [] : Guidance;
        this.PolicyVersion = PolicyVersion;
    }

    /// <summary>The end of the governing (latest) session, as given; the start of every window.</summary>
    public DateTimeOffset SessionEnd { get; }

    /// <summary>The language of the windows' titles and guidance, the general care and the sheet <see cref="Render"/> writes.</summary>
    [JsonConverter(typeof(Core.ShippedLanguageJsonConverter))]
    public PatientLanguage Language { get; }

    /// <summary>The version id of the policy that produced the schedule.</summary>
    public string PolicyVersion { get; }

    /// <summary>One window per restriction in force; a default array given to the constructor reads as empty.</summary>
    public ImmutableArray<AftercareWindow> Windows { get; }

    /// <summary>The guidance without a window; a default array given to the constructor reads as empty.</summary>
    public ImmutableArray<AftercareGuidance> Guidance { get; }

    /// <summary>The instant from which every activity in the schedule is allowed: the latest <see cref="AftercareWindow.RecommendedEnd"/>, or <see cref="SessionEnd"/> when there is no window.</summary>
    public DateTimeOffset AllAllowedFrom
    {
        get
        {
            DateTimeOffset latest = SessionEnd;
            foreach (AftercareWindow window in Windows)
            {
                if (window.RecommendedEnd > latest)
                {
                    latest = window.RecommendedEnd;
                }
            }

            return latest;
        }
    }

    /// <summary>
    /// Renders the schedule as an aftercare sheet a clinic system can send to a patient: each restriction with the
    /// local times of its minimum and recommended ends, the guidance without a window, the rule ids and the policy version.
    /// </summary>
    /// <remarks>
    /// The output is culture-invariant and byte-identical for equal inputs: <c>\n</c> line ends, times as the date in
    /// <see cref="Language"/> (<see cref="PatientLanguage"/>) and <c>HH:mm</c>, followed by the UTC offset in force at that
    /// instant in <paramref name="zone"/> (for example <c>2026-03-29 02:30 +01:00</c>, or <c>29 de marzo de 2026 02:30 +01:00</c>
    /// in Spanish), so times on both sides of a daylight-saving change are
    /// unambiguous. End times are rounded up to the whole minute, so the sheet never shows a time earlier
    /// than the true end; the session end is shown rounded down. The sheet's own words are those of the policy that
    /// built the schedule, which a clinic rewords through <see cref="AftercareOptions.Texts"/> (<c>aftercare.sheet.*</c>).
    /// <see cref="DocumentFormat.Html"/> gives a self-contained HTML document in <see cref="Language"/> (<c>&lt;html lang&gt;</c>)
    /// with print styles for A4 and US Letter, each window in a block kept on one page, no script and no external
    /// resource, and every text (titles, guidance, a practitioner's reason, the zone id) HTML-escaped.
    /// </remarks>
    /// <param name="zone">The time zone the times are shown in: the clinic's or the patient's.</param>
    /// <param name="format">Plain text (the default), Markdown or HTML.</param>
    /// <returns>The sheet, ending with a line feed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined <see cref="DocumentFormat"/> value.</exception>
    public string Render(TimeZoneInfo zone, DocumentFormat format = DocumentFormat.PlainText) => AftercareSheet.Render(this, zone, format, SheetTexts);

    /// <summary>The sheet's own words (headings, labels, the "avoid until" sentences) in the wording of the policy that built the schedule; the library's for a schedule read from JSON.</summary>
    internal CompiledTexts SheetTexts { get; init; }

    /// <summary>Returns the window for <paramref name="activity"/>, or <see langword="null"/> when the schedule has none.</summary>
    /// <param name="activity">The activity.</param>
    /// <returns>The window, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="activity"/> is not a defined <see cref="AftercareActivity"/> value.</exception>
    public AftercareWindow? WindowFor(AftercareActivity activity)
    {
        AftercareArguments.ThrowIfUndefined(activity, nameof(activity));
        foreach (AftercareWindow window in Windows)
        {
            if (window.Activity == activity)
            {
                return window;
            }
        }

        return null;
    }
}
