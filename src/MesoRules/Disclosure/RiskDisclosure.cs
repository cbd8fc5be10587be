using System.Collections.Immutable;

using MesoRules.Core;

namespace MesoRules.Disclosure;

/// <summary>
/// The risk disclosure shown to one patient, kept as a record: what was shown, under which policy, with a
/// content hash that an acknowledgment names so a consent system can later prove exactly what was shown.
/// Built by <see cref="DisclosureEngine.Disclose(Patients.PatientProfile)"/>; immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// <b>Content hash.</b> <see cref="ContentHash"/> is the SHA-256, as 64 lower-case hex digits, of the UTF-8
/// bytes of the <i>canonical document</i>:
/// </para>
/// <code>
/// mesorules-disclosure/1\n
/// policy=&lt;PolicyVersion&gt;\n
/// &lt;rule id&gt;=&lt;item hash&gt;\n        (one line per shown item, in shown order)
/// </code>
/// <para>
/// The items, in order, are the general statement, the six risks, the alternatives and the warning signs
/// (<see cref="RuleIdSyntax"/>). An item hash is the SHA-256, as 64 lower-case hex digits, of the UTF-8 bytes of
/// the item's <i>canonical text</i>: one <c>key=value</c> line per field, each line ended by <c>\n</c>, where
/// a value's backslashes, line feeds and carriage returns are written <c>\\</c>, <c>\n</c> and <c>\r</c>, and a
/// missing value is written <c>\0</c>. A risk's lines are <c>kind=risk</c>, <c>id</c>, <c>title</c>,
/// <c>likelihood</c> (<c>common</c>, <c>uncommon</c>, <c>rare</c>), <c>level</c> (<c>baseline</c>,
/// <c>raised</c>, <c>highly-raised</c>), <c>text</c>, <c>course</c>, <c>mitigation</c>, one
/// <c>raised-by=&lt;fact&gt;|&lt;explanation&gt;</c> per entry of <see cref="DisclosedRisk.RaisedBy"/>,
/// <c>provenance</c> (the <see cref="Provenance"/> name) and <c>citation</c>. A statement's lines are
/// <c>kind=</c> (<c>general</c>, <c>alternatives</c>, <c>warning-sign</c>), <c>id</c>, <c>title</c>,
/// <c>text</c>, <c>provenance</c> and <c>citation</c>.
/// </para>
/// <para>
/// So the hash covers every word shown and the policy version, and changes when any of them changes. It does
/// <b>not</b> cover <see cref="CreatedAt"/> (the same content shown twice has the same hash) nor the
/// practitioner-only rationales. Culture never enters: every value is an ordinal string or a fixed word.
/// </para>
/// <para>
/// <b>History hash.</b> <see cref="HistoryHash"/> is the SHA-256, as 64 lower-case hex digits, of the UTF-8
/// bytes of the patient's disclosed medical history in canonical form: the line <c>mesorules-history/2</c> (version 2 added the mix),
/// then <c>key=value</c> lines (same escaping) for <c>cause</c> (<c>androgenetic-alopecia</c>,
/// <c>alopecia-areata</c>, <c>telogen-effluvium</c>, <c>other</c>, <c>undiagnosed</c>), each health factor
/// in <see cref="Patients.HealthHistory.Factors"/> order under its kebab-case name (<c>pregnancy</c>,
/// <c>breastfeeding</c>, <c>active-scalp-infection</c>, <c>active-skin-disease</c>, <c>bleeding-disorder</c>,
/// <c>anticoagulants</c>, <c>immunosuppression</c>, <c>diabetes</c>, <c>autoimmune-disease</c>,
/// <c>cancer-treatment</c>, <c>keloid-tendency</c>, <c>infection-predisposition</c>) with <c>yes</c>,
/// <c>no</c> or <c>unknown</c>, <c>allergies-disclosed</c> (<c>true</c>/<c>false</c>), one
/// <c>allergy=&lt;SUBSTANCE&gt;</c> (with <c>|anaphylaxis</c> when it applies) per distinct allergy, then
/// <c>medicines-disclosed</c> and one <c>medicine=&lt;NAME&gt;</c> per distinct medicine, then
/// <c>formulation</c> (<c>named</c> when the mix has components, otherwise <c>none</c>) and one
/// <c>component=&lt;NAME&gt;</c> per distinct component of the mix to be injected. Substances, medicines and
/// components are trimmed, upper-cased (invariant) and sorted ordinally, so case, surrounding spaces and
/// order do not count. Age, severity, response and the mix's name are not part of it. An acknowledgment that records this
/// hash becomes <see cref="ConsentStatus.StaleHistory"/> when the history or the mix changes, even when
/// no shown word changes (a new pregnancy, say, or a mix with dutasteride). The hash is derived from health data: store it with the same care as
/// the history itself; <see cref="object.ToString"/> prints the type name only.
/// </para>
/// </remarks>
public sealed class RiskDisclosure
{
    /// <summary>The format version of disclosures built by this library: the version of the canonical form above, and the <c>1</c> of its header line.</summary>
    internal const int CurrentFormatVersion = 1;

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
        DisclosureLabels labels)
    {
        Labels = labels;
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

    /// <summary>The version id of the policy that produced the disclosure (part of the content hash).</summary>
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
    /// English ones, or the clinic's (<see cref="DisclosureOptions.Texts"/>, <c>disclosure.label.*</c>). They change the policy version,
    /// and so the content hash, when a clinic changes them.
    /// </summary>
    internal DisclosureLabels Labels { get; }

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
    /// Renders the disclosure as a patient document: <c>\n</c> line ends, no trailing spaces, the same bytes for equal
    /// disclosures under any current culture; names every rule id, the policy version and the content hash. In
    /// Markdown, clinic wording is inserted as written, so it may carry its own Markdown.
    /// </summary>
    /// <param name="format">Plain text (the default) or Markdown.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined <see cref="DocumentFormat"/> value.</exception>
    public string Render(DocumentFormat format = DocumentFormat.PlainText)
    {
        DocumentFormats.ThrowIfUndefined(format, nameof(format));
        return format == DocumentFormat.Markdown ? DisclosureRendering.Markdown(this) : DisclosureRendering.PlainText(this);
    }

}
