using System.Collections.Immutable;
using System.Runtime.InteropServices;
using MesoRules.Core;
using MesoRules.Patients;

namespace MesoRules.Disclosure;

/// <summary>
/// The compiled, immutable risk-disclosure content of one policy snapshot. Everything that depends only on the
/// policy is built here once: every tailoring variant of every risk (at most 2^3 per risk) with the lines of the
/// canonical document that name it and its hash, and the lines of the statements. A disclosure then picks one
/// variant per risk and hashes about a kilobyte and a half of lines.
/// </summary>
internal sealed class DisclosureRuleSet
{
    private readonly RuleDescriptor[] _descriptors;
    private readonly byte[] _firstLines;
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
        _firstLines = [.. DisclosureCanonicalForm.CountLine(RuleIds.Length), .. DisclosureCanonicalForm.ItemLines(0, general)];
        _suffixLines =
        [
            .. DisclosureCanonicalForm.ItemLines(1 + risks.Length, alternatives),
            .. warningSigns.SelectMany((s, i) => DisclosureCanonicalForm.ItemLines(2 + risks.Length + i, s)),
        ];
    }

    public bool RequireConsent { get; }

    public DisclosureLabels Labels { get; private init; } = DisclosureLabels.Default;

    /// <summary>The lines of the canonical document that list the labels shown, precomputed.</summary>
    private byte[] LabelLines { get; init; } = [];

    /// <summary>Every disclosure text in force.</summary>
    public CompiledTexts Texts { get; private init; } = Catalog.Library;

    public DisclosureStatement General { get; }

    public CompiledRisk[] Risks { get; }

    public DisclosureStatement Alternatives { get; }

    public ImmutableArray<DisclosureStatement> WarningSigns { get; }

    public ImmutableArray<string> RuleIds { get; }

    public IEnumerable<RuleDescriptor> Descriptors => _descriptors;

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
    public static DisclosureRuleSet Compile(DisclosureOptions options, IngredientNames ingredients, PolicyFingerprint fingerprint)
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
            risks[i] = CompileRisk(DefaultDisclosureContent.Risks[i], 1 + i, texts, ingredients, fingerprint);
        }

        DisclosureStatement alternatives = Worded(DefaultDisclosureContent.Alternatives, texts, fingerprint);
        ImmutableArray<DisclosureStatement> signs = [.. DefaultDisclosureContent.WarningSigns.Select(s => Worded(s, texts, fingerprint))];

        var descriptors = new List<RuleDescriptor> { Describe(general) };
        descriptors.AddRange(risks.Select(r => r.Variants[0]).Select(r => new RuleDescriptor(r.RuleId, r.Text, r.Rationale, r.Provenance, r.Citation, null)));
        descriptors.Add(Describe(alternatives));
        descriptors.AddRange(signs.Select(Describe));
        RuleDescriptor consent = DefaultDisclosureContent.Consent;
        consent = new RuleDescriptor(
            consent.Id,
            texts[$"{consent.Id}.summary"],
            consent.Rationale,
            texts.Reworded(consent.Id) ? Provenance.Clinic : consent.Provenance,
            consent.Citation,
            null);
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

        return new DisclosureRuleSet(requireConsent, general, risks, alternatives, signs, [.. descriptors]) { Labels = labels, Texts = texts, LabelLines = DisclosureCanonicalForm.LabelLines(labels) };
    }

    /// <summary>Builds the disclosure for one (validated) patient under this rule set.</summary>
    public RiskDisclosure Disclose(PatientProfile patient, string policyVersion, DateTimeOffset createdAt)
    {
        var shown = new DisclosedRisk[Risks.Length];
        Span<int> variants = stackalloc int[Risks.Length];
        for (int i = 0; i < Risks.Length; i++)
        {
            variants[i] = Risks[i].VariantOf(patient);
            shown[i] = Risks[i].Variants[variants[i]];
        }

        Span<byte> hash = stackalloc byte[32];
        var document = new CanonicalWriter(stackalloc byte[2048], DisclosureCanonicalForm.Header);
        try
        {
            WriteDocument(ref document, variants);
            document.Sha256(hash);
        }
        finally
        {
            document.Dispose();
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
    internal string CanonicalDocument(PatientProfile patient)
    {
        Span<int> variants = stackalloc int[Risks.Length];
        for (int i = 0; i < Risks.Length; i++)
        {
            variants[i] = Risks[i].VariantOf(patient);
        }

        var document = new CanonicalWriter(stackalloc byte[2048], DisclosureCanonicalForm.Header);
        try
        {
            WriteDocument(ref document, variants);
            return document.ToText();
        }
        finally
        {
            document.Dispose();
        }
    }

    /// <summary>
    /// The document after its header: the labels shown, then the precomputed lines of every shown item. The policy version
    /// is not part of it: a policy change that shows the patient nothing new keeps the hash, and every acknowledgment of it.
    /// </summary>
    private void WriteDocument(ref CanonicalWriter document, ReadOnlySpan<int> variants)
    {
        document.Append(LabelLines);
        document.Append(_firstLines);
        for (int i = 0; i < Risks.Length; i++)
        {
            document.Append(Risks[i].Lines[variants[i]]);
        }

        document.Append(_suffixLines);
    }

    private static CompiledRisk CompileRisk(RiskDefinition definition, int shownAt, CompiledTexts texts, IngredientNames ingredients, PolicyFingerprint fingerprint)
    {
        string id = definition.Id;
        string title = texts[$"{id}.title"];
        string body = texts[$"{id}.text"];
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

            var risk = new DisclosedRisk(id, title, definition.Likelihood, level, body, course, mitigation, raisedBy.ToImmutable(), raisingFacts, definition.Rationale, provenance, definition.Citation);
            variants[mask] = risk;
            lines[mask] = DisclosureCanonicalForm.ItemLines(shownAt, risk);
        }

        // The policy holds what every variant is made of: the shown fields, the rationale and each tailoring.
        fingerprint.Write($"disclosure.item.{id}.", (ref CanonicalWriter text) =>
        {
            DisclosureCanonicalForm.Risk(ref text, variants[0]);
            text.Field("rationale", definition.Rationale);
            text.List("raisingFacts", raisingFacts);
            text.Count("tailorings", tailorings.Length);
            for (int i = 0; i < tailorings.Length; i++)
            {
                text.Item("tailorings", i, "fact", tailorings[i].Fact);
                text.Item("tailorings", i, "level", DisclosureCanonicalForm.Word(tailorings[i].Level));
                text.Item("tailorings", i, "reason", texts[ReasonId(id, tailorings[i])]);
            }
        });
        return new CompiledRisk(id, tailorings, variants, lines, ingredients);
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
        fingerprint.Write($"disclosure.item.{worded.RuleId}.", (ref CanonicalWriter text) =>
        {
            DisclosureCanonicalForm.Statement(ref text, worded);
            text.Field("rationale", worded.Rationale);
        });
        return worded;
    }

    private static RuleDescriptor Describe(DisclosureStatement s) => new(s.RuleId, s.Text, s.Rationale, s.Provenance, s.Citation, null);
}
