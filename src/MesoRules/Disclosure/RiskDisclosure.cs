using System.Collections.Immutable;

using MesoRules.Core;
using MesoRules.Localization;

namespace MesoRules.Disclosure;

/// <summary>
/// The risk disclosure shown to one patient, kept as a record: what was shown, under which policy, with a
/// content hash that an acknowledgment names so a consent system can later prove exactly what was shown.
/// Built by <see cref="DisclosureEngine.Disclose(Patients.PatientProfile, PatientLanguage?)"/>; immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// <b>Canonical text.</b> Every hashed text (this disclosure's, its items', the history's and the policy's) is written
/// by one writer: one <c>key=value</c> line per field, each ended by <c>\n</c>; in keys and values a backslash is
/// written <c>\\</c>, a line feed <c>\n</c>, a carriage return <c>\r</c>, the other line breaks (U+0085, U+2028,
/// U+2029) and a lone surrogate <c>\uXXXX</c>, and in keys an <c>=</c> is written <c>\=</c>; a missing value is
/// <c>\0</c> (so it differs from empty); a list is <c>key.count=N</c> followed by <c>key[i]=item</c>, or
/// <c>key[i].field=value</c> for the fields of a record. Culture never enters: every value is an ordinal string,
/// invariant digits or a fixed word.
/// </para>
/// <para>
/// <b>Content hash.</b> <see cref="ContentHash"/> is the SHA-256, as 64 lower-case hex digits, of the UTF-8
/// bytes of the <i>canonical document</i>:
/// </para>
/// <code>
/// mesorules-disclosure/3\n
/// language=&lt;tag&gt;\n                   (only in a language other than English)
/// labels.sha256=&lt;labels hash&gt;\n
/// items.count=&lt;N&gt;\n
/// items[0].id=&lt;rule id&gt;\n             (for each shown item, in shown order)
/// items[0].sha256=&lt;item hash&gt;\n
/// </code>
/// <para>
/// The items, in order, are the general statement, the six risks, the alternatives and the warning signs
/// (<see cref="Core.RuleIdSyntax"/>). An item hash is the SHA-256, as 64 lower-case hex digits, of the UTF-8 bytes of
/// the item's <i>canonical text</i> (no header line). A risk's lines are <c>kind=risk</c>, <c>id</c>, <c>title</c>,
/// <c>likelihood</c> (<c>common</c>, <c>uncommon</c>, <c>rare</c>), <c>level</c> (<c>baseline</c>,
/// <c>raised</c>, <c>highly-raised</c>), <c>text</c>, <c>course</c>, <c>mitigation</c>, the list
/// <c>raisedBy</c> of <see cref="DisclosedRisk.RaisedBy"/> (<c>raisedBy.count</c>, then <c>raisedBy[i].fact</c> and
/// <c>raisedBy[i].explanation</c>), <c>provenance</c> (the <see cref="Provenance"/> name) and <c>citation</c>.
/// A statement's lines are <c>kind</c> (<c>general</c>, <c>alternatives</c>, <c>warning-sign</c>), <c>id</c>,
/// <c>title</c>, <c>text</c>, <c>provenance</c> and <c>citation</c>. The labels hash is the SHA-256 of the labels'
/// canonical text: <c>labels.count</c>, then <c>labels[i].name</c> and <c>labels[i].text</c> for each label shown, in the
/// fixed order Title, DisclosureFormat, Policy, ContentHash, Prepared, NotHashed and the others of the plain-text layout,
/// then the words of the HTML document's acknowledgment block (Acknowledgment, AcknowledgmentStatement, PatientName, Date,
/// Signature), which are shown too.
/// Format 1 joined a raiser's fact and explanation
/// with <c>|</c> and listed <c>&lt;rule id&gt;=&lt;item hash&gt;</c> lines; formats 1 and 2 had a <c>policy=</c> line and no
/// labels.
/// </para>
/// <para>
/// So the hash covers exactly what the patient is shown: the format, the language, every text, level and label, and changes when any of
/// them changes. It does <b>not</b> cover the <see cref="PolicyVersion"/> (a policy change that shows the patient nothing
/// new, such as a planning interval or the policy's name, keeps the hash and every acknowledgment of it), nor
/// <see cref="CreatedAt"/> (the same content shown twice has the same hash), nor the practitioner-only rationales.
/// </para>
/// <para>
/// <b>History hash.</b> <see cref="HistoryHash"/> is the SHA-256, as 64 lower-case hex digits, of the UTF-8
/// bytes of the patient's disclosed medical history in canonical form: the line <c>mesorules-history/3</c> (version 2
/// added the mix; 3 writes lists with their count and an allergy's anaphylaxis as a field of its own), then lines for
/// <c>cause</c> (<c>androgenetic-alopecia</c>, <c>alopecia-areata</c>, <c>telogen-effluvium</c>, <c>other</c>,
/// <c>undiagnosed</c>), each health factor in <see cref="Patients.HealthHistory.Factors"/> order as
/// <c>health.&lt;name&gt;</c> with its kebab-case name (<c>pregnancy</c>, <c>breastfeeding</c>,
/// <c>active-scalp-infection</c>, <c>active-skin-disease</c>, <c>bleeding-disorder</c>, <c>anticoagulants</c>,
/// <c>immunosuppression</c>, <c>diabetes</c>, <c>autoimmune-disease</c>, <c>cancer-treatment</c>,
/// <c>keloid-tendency</c>, <c>infection-predisposition</c>) and <c>yes</c>, <c>no</c> or <c>unknown</c>,
/// <c>allergies.disclosed</c> (<c>true</c>/<c>false</c>), the list <c>allergies</c> of the distinct allergies
/// (<c>allergies[i].substance=&lt;SUBSTANCE&gt;</c>, <c>allergies[i].anaphylaxis=true|false</c>),
/// <c>medicines.disclosed</c>, the list <c>medicines</c> of the distinct medicines (<c>medicines[i]=&lt;NAME&gt;</c>),
/// and the list <c>components</c> of the distinct components of the mix to be injected (empty when there is no
/// mix). Substances, medicines and components are trimmed, upper-cased (invariant) and sorted ordinally (an allergy
/// without anaphylaxis before the same one with it), so case, surrounding spaces, order and repeats do not count.
/// Age, severity, response and the mix's name are not part of it, and a mix without components is no mix. An
/// acknowledgment that records this hash becomes <see cref="ConsentStatus.StaleHistory"/> when the history or
/// the mix changes, even when no shown word changes (a new pregnancy, say, or a mix with dutasteride). The hash is
/// derived from health data: store it with the same care as the history itself; <see cref="object.ToString"/> prints the type name only.
/// </para>
/// </remarks>
public sealed class RiskDisclosure
{
    /// <summary>The format version of disclosures built by this library: the version of the canonical form above, and the <c>1</c> of its header line.</summary>
    internal const int CurrentFormatVersion = 3;

    internal RiskDisclosure(
        string contentHash,
        string historyHash,
        string policyVersion,
        DateTimeOffset createdAt,
        DisclosureStatement general,
        ImmutableArray<DisclosedRisk> risks,
        DisclosureStatement alternatives,
        ImmutableArray<DisclosureStatement> warningSigns,
        ImmutableArray<string> ruleIds,
        DisclosureLabels labels,
        PatientLanguage language)
    {
        Labels = labels;
        Language = language;
        ContentHash = contentHash;
        HistoryHash = historyHash;
        PolicyVersion = policyVersion;
        CreatedAt = createdAt;
        General = general;
        Risks = risks;
        Alternatives = alternatives;
        WarningSigns = warningSigns;
        RuleIds = ruleIds;
    }

    /// <summary>The disclosure format version, <see cref="CurrentFormatVersion"/>.</summary>
    public int FormatVersion { get; } = CurrentFormatVersion;

    /// <summary>The content hash: 64 lower-case hex digits of SHA-256 over the canonical document described in the remarks. Excludes <see cref="CreatedAt"/>.</summary>
    public string ContentHash { get; }

    /// <summary>
    /// The fingerprint of the medical history the disclosure was built for: 64 lower-case hex digits of SHA-256
    /// over the canonical history described in the remarks. Not part of <see cref="ContentHash"/>; an
    /// acknowledgment records it so that a changed history asks for re-consent.
    /// </summary>
    public string HistoryHash { get; }

    /// <summary>The version id of the policy that produced the disclosure, kept on the record as information (not part of the content hash).</summary>
    public string PolicyVersion { get; }

    /// <summary>When the disclosure was built, from the engine's <see cref="TimeProvider"/>, in UTC. Not part of the content hash.</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>The general statement, shown first.</summary>
    public DisclosureStatement General { get; }

    /// <summary>The six risks, always all present, in the order of <see cref="DisclosureRuleIds.Risks"/>.</summary>
    public ImmutableArray<DisclosedRisk> Risks { get; }

    /// <summary>The alternatives to mesotherapy.</summary>
    public DisclosureStatement Alternatives { get; }

    /// <summary>The signs to watch for after treatment, each saying when to contact the clinic.</summary>
    public ImmutableArray<DisclosureStatement> WarningSigns { get; }

    /// <summary>
    /// The fixed labels <see cref="Render"/> put around the texts: the library's
    /// English ones, or the clinic's (<see cref="DisclosureOptions.Texts"/>, <c>disclosure.label.*</c>). They are part of the
    /// content hash: a clinic that changes a label changes what the patient is shown.
    /// </summary>
    internal DisclosureLabels Labels { get; }

    /// <summary>
    /// The language every text of the disclosure is written in: the one asked for, or <see cref="PatientLanguage.English"/>
    /// when it is not shipped. Covered by the content hash; an acknowledgment records it, and the consent check rebuilds the
    /// disclosure in it.
    /// </summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(ShippedLanguageJsonConverter))]
    public PatientLanguage Language { get; }

    /// <summary>The rule ids of every shown item, in shown order.</summary>
    public ImmutableArray<string> RuleIds { get; }

    /// <summary>Returns the risk with the given rule id.</summary>
    /// <param name="ruleId">A risk id from <see cref="DisclosureRuleIds.Risks"/>.</param>
    /// <returns>The risk.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">No risk has that id.</exception>
    public DisclosedRisk GetRisk(string ruleId)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        foreach (DisclosedRisk risk in Risks)
        {
            if (risk.RuleId == ruleId)
            {
                return risk;
            }
        }

        throw new ArgumentException($"No risk of the disclosure has the id '{ruleId}'; allowed: {string.Join(", ", DisclosureRuleIds.Risks)}.", nameof(ruleId));
    }

    /// <summary>
    /// Renders the disclosure as a patient document in <see cref="Language"/>: <c>\n</c> line ends, the same bytes for
    /// equal disclosures under any current culture; names every rule id, the policy version and the content hash.
    /// </summary>
    /// <remarks>
    /// Plain text has no trailing spaces. In Markdown, clinic wording is inserted as written, so it may carry its own
    /// Markdown. <see cref="DocumentFormat.Html"/> gives a self-contained HTML document (<c>&lt;html lang&gt;</c> of
    /// <see cref="Language"/>, print styles for A4 and US Letter, each risk in a block kept on one page, no script and
    /// no external resource) with every text HTML-escaped, the clinic's included; it ends with an acknowledgment block
    /// to print and sign: the statement that the patient has read the disclosure and had the chance to ask questions,
    /// lines for the name of the patient (or parent or guardian), the date and the signature, and the disclosure
    /// format and <see cref="ContentHash"/>, so that a signed paper copy names exactly the content shown. The block's
    /// words are labels (<c>disclosure.label.acknowledgment</c>, <c>.acknowledgment-statement</c>, <c>.patient-name</c>,
    /// <c>.date</c>, <c>.signature</c>), covered by the content hash like every other label.
    /// </remarks>
    /// <param name="format">Plain text (the default), Markdown or HTML.</param>
    /// <returns>The document, ending with a line feed.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined <see cref="DocumentFormat"/> value.</exception>
    public string Render(DocumentFormat format = DocumentFormat.PlainText)
    {
        DocumentFormats.ThrowIfUndefined(format, nameof(format));
        return format switch
        {
            DocumentFormat.Markdown => DisclosureRendering.Markdown(this),
            DocumentFormat.Html => DisclosureRendering.Html(this),
            _ => DisclosureRendering.PlainText(this),
        };
    }

}
