using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using MesoRules.Patients;
using MesoRules.Core;

namespace MesoRules.Disclosure;

/// <summary>
/// The compiled, immutable risk-disclosure content of one policy snapshot. Everything that depends only on the
/// policy is built here once: every tailoring variant of every risk (at most 2^3 per risk) with the hash line
/// of its canonical text, and the hash lines of the statements. A disclosure then picks one variant per risk
/// and hashes about a kilobyte of lines.
/// </summary>
internal sealed class DisclosureRuleSet
{
    private readonly RuleDescriptor[] _descriptors;
    private readonly byte[] _generalLine;
    private readonly byte[] _suffixLines;

    private DisclosureRuleSet(
        bool requireConsent,
        DisclosureStatement general,
        CompiledRisk[] risks,
        DisclosureStatement alternatives,
        ImmutableArray<DisclosureStatement> warningSigns,
        RuleDescriptor[] descriptors)
    {
        RequireConsent = requireConsent;
        General = general;
        Risks = risks;
        Alternatives = alternatives;
        WarningSigns = warningSigns;
        _descriptors = descriptors;
        RuleIds = [general.RuleId, .. risks.Select(r => r.Id), alternatives.RuleId, .. warningSigns.Select(s => s.RuleId)];
        _generalLine = DisclosureCanonicalForm.ItemLine(general.RuleId, DisclosureCanonicalForm.Statement(general));
        _suffixLines =
        [
            .. DisclosureCanonicalForm.ItemLine(alternatives.RuleId, DisclosureCanonicalForm.Statement(alternatives)),
            .. warningSigns.SelectMany(s => DisclosureCanonicalForm.ItemLine(s.RuleId, DisclosureCanonicalForm.Statement(s))),
        ];
    }

    public bool RequireConsent { get; }

    public DisclosureLabels Labels { get; private init; } = DisclosureLabels.Default;

    /// <summary>Every disclosure text in force.</summary>
    public CompiledTexts Texts { get; private init; } = Catalog.Library;

    public DisclosureStatement General { get; }

    public CompiledRisk[] Risks { get; }

    public DisclosureStatement Alternatives { get; }

    public ImmutableArray<DisclosureStatement> WarningSigns { get; }

    public ImmutableArray<string> RuleIds { get; }

    public IEnumerable<RuleDescriptor> Descriptors => _descriptors;

    /// <summary>One risk with every tailoring variant built, indexed by the bit mask of the tailorings that apply.</summary>
    internal sealed class CompiledRisk(string id, RiskTailoring[] tailorings, DisclosedRisk[] variants, byte[][] lines)
    {
        public string Id { get; } = id;

        public RiskTailoring[] Tailorings { get; } = tailorings;

        public DisclosedRisk[] Variants { get; } = variants;

        public byte[][] Lines { get; } = lines;

        public int VariantOf(PatientProfile patient)
        {
            int mask = 0;
            for (int i = 0; i < Tailorings.Length; i++)
            {
                if (Tailorings[i].Applies(patient))
                {
                    mask |= 1 << i;
                }
            }

            return mask;
        }
    }

    /// <summary>The ids of the built-in rules: the statements, the risks and the consent gate.</summary>
    public static IReadOnlyList<string> BuiltInIds { get; } = [.. DisclosureRuleIds.Statements, .. DisclosureRuleIds.Risks, DisclosureRuleIds.Consent];

    /// <summary>
    /// Every disclosure text: each statement's <c>.title</c> and <c>.text</c>, each risk's <c>.title</c>, <c>.text</c>,
    /// <c>.course</c>, <c>.mitigation</c> and <c>.raised-by.&lt;reason&gt;</c>, the consent rule's <c>.summary</c>, and the
    /// labels <c>disclosure.label.&lt;name&gt;</c>.
    /// </summary>
    public static TextCatalog Catalog { get; } = new(
        "disclosure",
        [
            .. Statement(DefaultDisclosureContent.General),
            .. DefaultDisclosureContent.Risks.SelectMany(Risk),
            .. Statement(DefaultDisclosureContent.Alternatives),
            .. DefaultDisclosureContent.WarningSigns.SelectMany(Statement),
            new($"{DisclosureRuleIds.Consent}.summary", DisclosureRuleIds.Consent, DefaultDisclosureContent.Consent.Summary, DisclosureOptions.TextLength),
            .. DisclosureLabels.Names.Select(n => new TextDefault(LabelId(n), "disclosure", DisclosureLabels.Default.Get(n), DisclosureOptions.TitleLength, oneLine: true)),
        ]);

    /// <summary>Compiles validated options; the fingerprint receives the format version, the consent switch and every item's effective wording.</summary>
    public static DisclosureRuleSet Compile(DisclosureOptions options, PolicyFingerprint fingerprint)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(fingerprint);
        bool requireConsent = ClinicKeys.ById(options.Rules, ClinicKeys.IdIn(BuiltInIds)).GetValueOrDefault(DisclosureRuleIds.Consent)?.Enabled ?? true;
        fingerprint.Add("disclosure.formatVersion", RiskDisclosure.CurrentFormatVersion);
        fingerprint.Add("disclosure.requireConsent", requireConsent);

        CompiledTexts texts = Catalog.Compile(options.Texts, fingerprint);
        DisclosureStatement general = Worded(DefaultDisclosureContent.General, texts, fingerprint);
        var risks = new CompiledRisk[DefaultDisclosureContent.Risks.Count];
        for (int i = 0; i < risks.Length; i++)
        {
            risks[i] = CompileRisk(DefaultDisclosureContent.Risks[i], texts, fingerprint);
        }

        DisclosureStatement alternatives = Worded(DefaultDisclosureContent.Alternatives, texts, fingerprint);
        ImmutableArray<DisclosureStatement> signs = [.. DefaultDisclosureContent.WarningSigns.Select(s => Worded(s, texts, fingerprint))];

        var descriptors = new List<RuleDescriptor> { Describe(general) };
        descriptors.AddRange(risks.Select(r => r.Variants[0]).Select(r => new RuleDescriptor(r.RuleId, r.Text, r.Rationale, r.Provenance, r.Citation)));
        descriptors.Add(Describe(alternatives));
        descriptors.AddRange(signs.Select(Describe));
        RuleDescriptor consent = DefaultDisclosureContent.Consent;
        consent = new RuleDescriptor(
            consent.Id,
            texts[$"{consent.Id}.summary"],
            consent.Rationale,
            texts.Reworded(consent.Id) ? Provenance.Clinic : consent.Provenance,
            consent.Citation);
        if (requireConsent)
        {
            descriptors.Add(consent);
        }

        DisclosureLabels labels = DisclosureLabels.Default;
        foreach (string name in DisclosureLabels.Names)
        {
            // A label set to the library's own wording changes nothing: the labels stay the shared default.
            string text = texts[LabelId(name)];
            if (text != DisclosureLabels.Default.Get(name))
            {
                labels = labels.With(name, text);
            }
        }

        return new DisclosureRuleSet(requireConsent, general, risks, alternatives, signs, [.. descriptors]) { Labels = labels, Texts = texts };
    }

    /// <summary>Builds the disclosure for one (validated) patient under this rule set.</summary>
    public RiskDisclosure Disclose(PatientProfile patient, string policyVersion, DateTimeOffset createdAt)
    {
        var shown = new DisclosedRisk[Risks.Length];
        Span<int> variants = stackalloc int[Risks.Length];
        int length = DisclosureCanonicalForm.Header.Length + policyVersion.Length + 1 + _generalLine.Length + _suffixLines.Length;
        for (int i = 0; i < Risks.Length; i++)
        {
            int variant = Risks[i].VariantOf(patient);
            variants[i] = variant;
            shown[i] = Risks[i].Variants[variant];
            length += Risks[i].Lines[variant].Length;
        }

        byte[]? rented = null;
        Span<byte> buffer = length <= 2048 ? stackalloc byte[2048] : (rented = ArrayPool<byte>.Shared.Rent(length));
        int at = Encoding.UTF8.GetBytes(DisclosureCanonicalForm.Header, buffer);
        at += Encoding.UTF8.GetBytes(policyVersion, buffer[at..]);
        buffer[at++] = (byte)'\n';
        _generalLine.CopyTo(buffer[at..]);
        at += _generalLine.Length;
        for (int i = 0; i < Risks.Length; i++)
        {
            byte[] line = Risks[i].Lines[variants[i]];
            line.CopyTo(buffer[at..]);
            at += line.Length;
        }

        _suffixLines.CopyTo(buffer[at..]);
        at += _suffixLines.Length;

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(buffer[..at], hash);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return new RiskDisclosure(
            HexDigits.Lower(hash),
            HistoryFingerprint.Compute(patient),
            policyVersion,
            createdAt,
            General,
            ImmutableCollectionsMarshal.AsImmutableArray(shown),
            Alternatives,
            WarningSigns,
            RuleIds,
            Labels);
    }

    /// <summary>The canonical document (before hashing) of a disclosure, for tests and audits.</summary>
    internal string CanonicalDocument(PatientProfile patient, string policyVersion)
    {
        var text = new StringBuilder(DisclosureCanonicalForm.Header).Append(policyVersion).Append('\n');
        text.Append(Encoding.UTF8.GetString(_generalLine));
        foreach (CompiledRisk risk in Risks)
        {
            text.Append(Encoding.UTF8.GetString(risk.Lines[risk.VariantOf(patient)]));
        }

        return text.Append(Encoding.UTF8.GetString(_suffixLines)).ToString();
    }

    private static CompiledRisk CompileRisk(RiskDefinition definition, CompiledTexts texts, PolicyFingerprint fingerprint)
    {
        string id = definition.Id;
        string title = texts[$"{id}.title"];
        string text = texts[$"{id}.text"];
        string course = texts[$"{id}.course"];
        string mitigation = texts[$"{id}.mitigation"];
        Provenance provenance = texts.Reworded(id) ? Provenance.Clinic : definition.Provenance;
        ImmutableArray<string> raisingFacts = [.. definition.RaisingFacts];
        RiskTailoring[] tailorings = definition.Tailorings;

        int count = 1 << tailorings.Length;
        var variants = new DisclosedRisk[count];
        var lines = new byte[count][];
        for (int mask = 0; mask < count; mask++)
        {
            RiskLevel level = RiskLevel.Baseline;
            var raisedBy = ImmutableArray.CreateBuilder<RiskRaise>();
            for (int i = 0; i < tailorings.Length; i++)
            {
                if ((mask & (1 << i)) != 0)
                {
                    raisedBy.Add(new RiskRaise(tailorings[i].Fact, texts[ReasonId(id, tailorings[i])]));
                    level = tailorings[i].Level > level ? tailorings[i].Level : level;
                }
            }

            var risk = new DisclosedRisk(id, title, definition.Likelihood, level, text, course, mitigation, raisedBy.ToImmutable(), raisingFacts, definition.Rationale, provenance, definition.Citation);
            variants[mask] = risk;
            lines[mask] = DisclosureCanonicalForm.ItemLine(risk.RuleId, DisclosureCanonicalForm.Risk(risk));
        }

        var definitionText = new StringBuilder(DisclosureCanonicalForm.Risk(variants[0]));
        CanonicalText.Line(definitionText, "rationale", definition.Rationale);
        foreach (string fact in raisingFacts)
        {
            CanonicalText.Line(definitionText, "raising-fact", fact);
        }

        foreach (RiskTailoring tailoring in tailorings)
        {
            CanonicalText.Line(definitionText, "tailoring.fact", tailoring.Fact);
            CanonicalText.Line(definitionText, "tailoring.level", DisclosureCanonicalForm.Word(tailoring.Level));
            CanonicalText.Line(definitionText, "tailoring.reason", texts[ReasonId(id, tailoring)]);
        }

        fingerprint.Add($"disclosure.item.{id}", definitionText.ToString());
        return new CompiledRisk(id, tailorings, variants, lines);
    }

    /// <summary>The text id of the reason a risk is raised: <c>&lt;risk id&gt;.raised-by.&lt;reason&gt;</c>.</summary>
    private static string ReasonId(string riskId, RiskTailoring tailoring) => $"{riskId}.raised-by.{tailoring.Key}";

    /// <summary>The text id of a label: <c>disclosure.label.when-to-contact-the-clinic</c> for <c>WhenToContactTheClinic</c>.</summary>
    private static string LabelId(string name) => $"disclosure.label.{TextIds.Kebab(name)}";

    private static TextDefault[] Risk(RiskDefinition r) =>
    [
        new($"{r.Id}.title", r.Id, r.Title, DisclosureOptions.TitleLength, oneLine: true),
        new($"{r.Id}.text", r.Id, r.Text, DisclosureOptions.TextLength),
        new($"{r.Id}.course", r.Id, r.Course, DisclosureOptions.TextLength),
        new($"{r.Id}.mitigation", r.Id, r.Mitigation, DisclosureOptions.TextLength),
        .. r.Tailorings.Select(t => new TextDefault(ReasonId(r.Id, t), r.Id, t.Explanation, DisclosureOptions.TextLength)),
    ];

    private static TextDefault[] Statement(DisclosureStatement s) =>
    [
        new($"{s.RuleId}.title", s.RuleId, s.Title, DisclosureOptions.TitleLength, oneLine: true),
        new($"{s.RuleId}.text", s.RuleId, s.Text, DisclosureOptions.TextLength),
    ];

    private static DisclosureStatement Worded(DisclosureStatement statement, CompiledTexts texts, PolicyFingerprint fingerprint)
    {
        DisclosureStatement worded = new(
            statement.RuleId,
            statement.Kind,
            texts[$"{statement.RuleId}.title"],
            texts[$"{statement.RuleId}.text"],
            statement.Rationale,
            texts.Reworded(statement.RuleId) ? Provenance.Clinic : statement.Provenance,
            statement.Citation);
        fingerprint.Add($"disclosure.item.{worded.RuleId}", CanonicalText.Line(new StringBuilder(DisclosureCanonicalForm.Statement(worded)), "rationale", worded.Rationale).ToString());
        return worded;
    }

    private static RuleDescriptor Describe(DisclosureStatement s) => new(s.RuleId, s.Text, s.Rationale, s.Provenance, s.Citation);
}
