using System.Collections.Immutable;
using System.Runtime.InteropServices;
using MesoRules.Core;
using MesoRules.Localization;
using MesoRules.Patients;

namespace MesoRules.Disclosure;

/// <summary>
/// The compiled, immutable risk-disclosure content of one policy snapshot. Everything that depends only on the
/// policy is built here once: the wording of every statement and risk (what the policy's version covers) with the
/// policy, and, on the first disclosure, every tailoring variant of every risk (at most 2^3 per risk) with the lines
/// of the canonical document that name it and its hash, and the lines of the statements. A disclosure then picks one
/// variant per risk and hashes about a kilobyte and a half of lines.
/// </summary>
internal sealed partial class DisclosureRuleSet
{
    private readonly RuleDescriptor[] _descriptors;

    private readonly PerLanguage<DisclosureRuleSet> _languages = new();

    // The variants and the document's precomputed lines hash every item once (a few hundred microseconds, and the first
    // SHA-256 of the process loads the platform's crypto library), so they wait for the first disclosure. Built from the
    // immutable wording only, once, whichever thread asks first.
    private readonly Lazy<DisclosureDocumentParts> _document;

    private DisclosureRuleSet(
        bool requireConsent,
        DisclosureStatement general,
        RiskWording[] risks,
        DisclosureStatement alternatives,
        ImmutableArray<DisclosureStatement> warningSigns,
        RuleDescriptor[] descriptors)
    {
        RequireConsent = requireConsent;
        General = general;
        Alternatives = alternatives;
        WarningSigns = warningSigns;
        _descriptors = descriptors;
        RuleIds = [general.RuleId, .. risks.Select(r => r.Id), alternatives.RuleId, .. warningSigns.Select(s => s.RuleId)];
        _document = new(() => DisclosureDocumentParts.Build(RuleIds.Length, general, risks, alternatives, warningSigns), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public bool RequireConsent { get; }

    public DisclosureLabels Labels { get; private init; } = DisclosureLabels.Default;

    /// <summary>The lines of the canonical document that list the labels shown, precomputed.</summary>
    private byte[] LabelLines { get; init; } = [];

    /// <summary>What the tailoring reads in a patient's lists: the ingredient names and the medicine catalogue of the policy.</summary>
    private TailoringContext Context { get; init; } = null!;

    /// <summary>Every disclosure text in force.</summary>
    public CompiledTexts Texts { get; private init; } = Catalog.Library;

    public DisclosureStatement General { get; }

    /// <summary>Every risk with its variants, in the order shown (built on first use).</summary>
    public CompiledRisk[] Risks => _document.Value.Risks;

    /// <summary>Whether the variants and the document's lines are built yet.</summary>
    internal bool DocumentBuilt => _document.IsValueCreated;

    public DisclosureStatement Alternatives { get; }

    public ImmutableArray<DisclosureStatement> WarningSigns { get; }

    public ImmutableArray<string> RuleIds { get; }

    /// <summary>The consent gate's rule, or <see langword="null"/> when the policy does not require consent.</summary>
    public RuleDescriptor? Consent { get; private init; }

    public IEnumerable<RuleDescriptor> Descriptors => _descriptors;

    /// <summary>The ids of the built-in rules: the statements, the risks and the consent gate.</summary>
    public static IReadOnlyList<string> BuiltInIds { get; } = [.. DisclosureRuleIds.Statements, .. DisclosureRuleIds.Risks, DisclosureRuleIds.Consent];

    /// <summary>Compiles validated options; the fingerprint receives the format version, the consent switch and every item's effective wording.</summary>
    public static DisclosureRuleSet Compile(DisclosureOptions options, TailoringContext context, PolicyFingerprint fingerprint)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(fingerprint);
        bool requireConsent = ClinicKeys.ById(options.Rules, ClinicKeys.IdIn(BuiltInIds)).GetValueOrDefault(DisclosureRuleIds.Consent)?.Enabled ?? true;
        fingerprint.Add("disclosure.formatVersion", RiskDisclosure.CurrentFormatVersion);
        fingerprint.Add("disclosure.requireConsent", requireConsent);

        CompiledTexts texts = Catalog.Compile(options.Texts, options.Translations, fingerprint);
        return Build(requireConsent, texts, context, fingerprint);
    }

    /// <summary>The language of this rule set's wording.</summary>
    public PatientLanguage Language => Texts.Language;

    /// <summary>This rule set worded in <paramref name="language"/> (<see langword="null"/>: English), built on first use, once, from this one's wording.</summary>
    public DisclosureRuleSet In(PatientLanguage? language)
    {
        language ??= PatientLanguage.English;
        return language == Language ? this : _languages.Get(language, this, static (self, l) => Build(self.RequireConsent, self.Texts.In(l), self.Context, null));
    }

    /// <summary>
    /// The rule set in the wording of <paramref name="texts"/>; the fingerprint, when given (the English wording of a
    /// policy being compiled), receives every item's effective wording.
    /// </summary>
    private static DisclosureRuleSet Build(bool requireConsent, CompiledTexts texts, TailoringContext context, PolicyFingerprint? fingerprint)
    {
        DisclosureStatement general = Worded(DefaultDisclosureContent.General, texts, fingerprint);
        var risks = new RiskWording[DefaultDisclosureContent.Risks.Count];
        for (int i = 0; i < risks.Length; i++)
        {
            risks[i] = WordRisk(DefaultDisclosureContent.Risks[i], texts, fingerprint);
        }

        DisclosureStatement alternatives = Worded(DefaultDisclosureContent.Alternatives, texts, fingerprint);
        ImmutableArray<DisclosureStatement> signs = [.. DefaultDisclosureContent.WarningSigns.Select(s => Worded(s, texts, fingerprint))];

        var descriptors = new List<RuleDescriptor> { Describe(general) };
        descriptors.AddRange(risks.Select(r => r.Baseline).Select(r => new RuleDescriptor(r.RuleId, r.Text, r.Rationale, r.Provenance, r.Citation)));
        descriptors.Add(Describe(alternatives));
        descriptors.AddRange(signs.Select(Describe));
        RuleDescriptor library = DefaultDisclosureContent.Consent;
        RuleDescriptor? consent = requireConsent
            ? new RuleDescriptor(library.Id, texts[$"{library.Id}.summary"], library.Rationale, texts.Reworded(library.Id) ? Provenance.Clinic : library.Provenance, library.Citation)
            : null;
        if (consent is not null)
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

        return new DisclosureRuleSet(requireConsent, general, risks, alternatives, signs, [.. descriptors])
        {
            Labels = labels, Texts = texts, Consent = consent, LabelLines = DisclosureCanonicalForm.LabelLines(labels, texts.Language), Context = context,
        };
    }

    /// <summary>Builds the disclosure for one (validated) patient under this rule set.</summary>
    public RiskDisclosure Disclose(PatientProfile patient, string policyVersion, DateTimeOffset createdAt)
    {
        DisclosureDocumentParts parts = _document.Value;
        CompiledRisk[] risks = parts.Risks;
        var shown = new DisclosedRisk[risks.Length];
        Span<int> variants = stackalloc int[risks.Length];
        for (int i = 0; i < risks.Length; i++)
        {
            variants[i] = risks[i].VariantOf(patient, Context);
            shown[i] = risks[i].Variants[variants[i]];
        }

        Span<byte> hash = stackalloc byte[32];
        var document = new CanonicalWriter(stackalloc byte[2048], DisclosureCanonicalForm.Header);
        try
        {
            WriteDocument(ref document, parts, variants);
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
            Labels,
            Language);
    }

    /// <summary>The canonical document (before hashing) of a disclosure, for tests and audits.</summary>
    internal string CanonicalDocument(PatientProfile patient)
    {
        DisclosureDocumentParts parts = _document.Value;
        CompiledRisk[] risks = parts.Risks;
        Span<int> variants = stackalloc int[risks.Length];
        for (int i = 0; i < risks.Length; i++)
        {
            variants[i] = risks[i].VariantOf(patient, Context);
        }

        var document = new CanonicalWriter(stackalloc byte[2048], DisclosureCanonicalForm.Header);
        try
        {
            WriteDocument(ref document, parts, variants);
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
    private void WriteDocument(ref CanonicalWriter document, DisclosureDocumentParts parts, ReadOnlySpan<int> variants)
    {
        document.Append(LabelLines);
        document.Append(parts.FirstLines);
        for (int i = 0; i < parts.Risks.Length; i++)
        {
            document.Append(parts.Risks[i].Lines[variants[i]]);
        }

        document.Append(parts.SuffixLines);
    }

    /// <summary>A risk in the policy's wording; the fingerprint receives what every variant is made of: the shown fields, the rationale and each tailoring.</summary>
    private static RiskWording WordRisk(RiskDefinition definition, CompiledTexts texts, PolicyFingerprint? fingerprint)
    {
        string id = definition.Id;
        RiskTailoring[] tailorings = definition.Tailorings;
        var risk = new RiskWording(
            definition,
            texts[$"{id}.title"],
            texts[$"{id}.text"],
            texts[$"{id}.course"],
            texts[$"{id}.mitigation"],
            texts.Reworded(id) ? Provenance.Clinic : definition.Provenance,
            [.. tailorings.Select(t => texts[ReasonId(id, t)])]);
        fingerprint?.Write($"disclosure.item.{id}.", (ref CanonicalWriter text) =>
        {
            DisclosureCanonicalForm.Risk(ref text, risk.Baseline);
            text.Field("rationale", definition.Rationale);
            text.List("raisingFacts", risk.RaisingFacts);
            text.Count("tailorings", tailorings.Length);
            for (int i = 0; i < tailorings.Length; i++)
            {
                text.Item("tailorings", i, "fact", tailorings[i].Fact);
                text.Item("tailorings", i, "level", DisclosureCanonicalForm.Word(tailorings[i].Level));
                text.Item("tailorings", i, "reason", risk.Reason(i));
            }
        });
        return risk;
    }

    private static DisclosureStatement Worded(DisclosureStatement statement, CompiledTexts texts, PolicyFingerprint? fingerprint)
    {
        DisclosureStatement worded = new(
            statement.RuleId,
            statement.Kind,
            texts[$"{statement.RuleId}.title"],
            texts[$"{statement.RuleId}.text"],
            statement.Rationale,
            texts.Reworded(statement.RuleId) ? Provenance.Clinic : statement.Provenance,
            statement.Citation);
        fingerprint?.Write($"disclosure.item.{worded.RuleId}.", (ref CanonicalWriter text) =>
        {
            DisclosureCanonicalForm.Statement(ref text, worded);
            text.Field("rationale", worded.Rationale);
        });
        return worded;
    }

    private static RuleDescriptor Describe(DisclosureStatement s) => new(s.RuleId, s.Text, s.Rationale, s.Provenance, s.Citation, null);
}
