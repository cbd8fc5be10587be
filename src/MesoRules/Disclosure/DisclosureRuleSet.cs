using System.Collections.Immutable;
using System.Runtime.InteropServices;
using MesoRules.Patients;
using MesoRules.Policy;
using MesoRules.Core;

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

    public static void Validate(DisclosureOptions? options, string prefix, OptionsFailures failures)
    {
        if (options is null)
        {
            failures.NotNull(prefix, options);
            return;
        }

        string risksPrefix = $"{prefix}:{nameof(DisclosureOptions.Risks)}";
        if (options.Risks is null)
        {
            failures.NotNull(risksPrefix, null);
        }
        else
        {
            foreach (KeyValuePair<string, DisclosureRiskOptions> entry in options.Risks.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                string member = $"{risksPrefix}:{entry.Key}";
                if (!DisclosureRuleIds.Risks.Contains(entry.Key, StringComparer.Ordinal))
                {
                    failures.Add(member, $"'{entry.Key}' names no disclosure risk; allowed: {string.Join(", ", DisclosureRuleIds.Risks)}.");
                }

                if (entry.Value is not { } value)
                {
                    failures.NotNull(member, null);
                    continue;
                }

                Text(failures, $"{member}:{nameof(DisclosureRiskOptions.Title)}", value.Title, DisclosureOptions.MaxTitleLength);
                Text(failures, $"{member}:{nameof(DisclosureRiskOptions.Text)}", value.Text, DisclosureOptions.MaxTextLength);
                Text(failures, $"{member}:{nameof(DisclosureRiskOptions.Course)}", value.Course, DisclosureOptions.MaxTextLength);
                Text(failures, $"{member}:{nameof(DisclosureRiskOptions.Mitigation)}", value.Mitigation, DisclosureOptions.MaxTextLength);
                if (value.RaisedBecause is null)
                {
                    failures.NotNull($"{member}:{nameof(DisclosureRiskOptions.RaisedBecause)}", null);
                    continue;
                }

                string[] keys = DefaultDisclosureContent.ReasonKeys(entry.Key);
                foreach (KeyValuePair<string, string> reason in value.RaisedBecause.OrderBy(r => r.Key, StringComparer.Ordinal))
                {
                    string reasonMember = $"{member}:{nameof(DisclosureRiskOptions.RaisedBecause)}:{reason.Key}";
                    if (!keys.Contains(reason.Key, StringComparer.Ordinal))
                    {
                        failures.Add(reasonMember, keys.Length == 0
                            ? "this risk is never raised, so it has no reasons to word."
                            : $"'{reason.Key}' names no reason of this risk; allowed: {string.Join(", ", keys)}.");
                    }

                    if (reason.Value is null)
                    {
                        failures.NotNull(reasonMember, null);
                    }
                    else
                    {
                        Text(failures, reasonMember, reason.Value, DisclosureOptions.MaxTextLength);
                    }
                }
            }
        }

        string labelsPrefix = $"{prefix}:{nameof(DisclosureOptions.Labels)}";
        if (options.Labels is null)
        {
            failures.NotNull(labelsPrefix, null);
        }
        else
        {
            foreach (KeyValuePair<string, string> entry in options.Labels.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                string member = $"{labelsPrefix}:{entry.Key}";
                if (!DisclosureLabels.Names.Contains(entry.Key, StringComparer.Ordinal))
                {
                    failures.Add(member, $"'{entry.Key}' names no disclosure label; allowed: {string.Join(", ", DisclosureLabels.Names)}.");
                }

                if (entry.Value is null)
                {
                    failures.NotNull(member, null);
                    continue;
                }

                Text(failures, member, entry.Value, DisclosureOptions.MaxTitleLength);
                if (entry.Value.AsSpan().IndexOfAny("\n\r\u0085\u2028\u2029") >= 0)
                {
                    failures.Add(member, "a label must be one line; allowed: no line breaks.");
                }
            }
        }

        string statementsPrefix = $"{prefix}:{nameof(DisclosureOptions.Statements)}";
        if (options.Statements is null)
        {
            failures.NotNull(statementsPrefix, null);
            return;
        }

        foreach (KeyValuePair<string, DisclosureStatementOptions> entry in options.Statements.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            string member = $"{statementsPrefix}:{entry.Key}";
            if (!DisclosureRuleIds.Statements.Contains(entry.Key, StringComparer.Ordinal))
            {
                failures.Add(member, $"'{entry.Key}' names no disclosure statement; allowed: {string.Join(", ", DisclosureRuleIds.Statements)}.");
            }

            if (entry.Value is not { } value)
            {
                failures.NotNull(member, null);
                continue;
            }

            Text(failures, $"{member}:{nameof(DisclosureStatementOptions.Title)}", value.Title, DisclosureOptions.MaxTitleLength);
            Text(failures, $"{member}:{nameof(DisclosureStatementOptions.Text)}", value.Text, DisclosureOptions.MaxTextLength);
        }
    }

    /// <summary>Compiles validated options; the fingerprint receives the format version, the consent switch and every item's effective wording.</summary>
    public static DisclosureRuleSet Compile(DisclosureOptions options, PolicyFingerprint fingerprint)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(fingerprint);
        fingerprint.Add("disclosure.formatVersion", RiskDisclosure.CurrentFormatVersion);
        fingerprint.Add("disclosure.requireConsent", options.RequireConsent);

        DisclosureStatement general = Worded(DefaultDisclosureContent.General, options, fingerprint);
        var risks = new CompiledRisk[DefaultDisclosureContent.Risks.Count];
        for (int i = 0; i < risks.Length; i++)
        {
            risks[i] = CompileRisk(DefaultDisclosureContent.Risks[i], 1 + i, options, fingerprint);
        }

        DisclosureStatement alternatives = Worded(DefaultDisclosureContent.Alternatives, options, fingerprint);
        ImmutableArray<DisclosureStatement> signs = [.. DefaultDisclosureContent.WarningSigns.Select(s => Worded(s, options, fingerprint))];

        var descriptors = new List<RuleDescriptor> { Describe(general) };
        descriptors.AddRange(risks.Select(r => r.Variants[0]).Select(r => new RuleDescriptor(r.RuleId, r.Text, r.Rationale, r.Provenance, r.Citation)));
        descriptors.Add(Describe(alternatives));
        descriptors.AddRange(signs.Select(Describe));
        if (options.RequireConsent)
        {
            descriptors.Add(new RuleDescriptor(
                DisclosureRuleIds.Consent,
                "A valid acknowledgment of the current risk disclosure must precede the first session.",
                "A clinic must be able to prove which disclosure the patient acknowledged, and that it was before treatment began.",
                Provenance.ClinicalPractice,
                "Informed consent before treatment; the source asks for risks, benefits and expected results to be discussed before deciding"));
        }

        DisclosureLabels labels = DisclosureLabels.Default;
        foreach (KeyValuePair<string, string> entry in options.Labels.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            // A label set to the library's own wording changes nothing, so it leaves the version alone.
            DisclosureLabels next = labels.With(entry.Key, entry.Value);
            if (next != labels)
            {
                labels = next;
                fingerprint.Add($"disclosure.label.{entry.Key}", entry.Value);
            }
        }

        return new DisclosureRuleSet(options.RequireConsent, general, risks, alternatives, signs, [.. descriptors]) { Labels = labels };
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
            WriteDocument(ref document, policyVersion, variants);
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
    internal string CanonicalDocument(PatientProfile patient, string policyVersion)
    {
        Span<int> variants = stackalloc int[Risks.Length];
        for (int i = 0; i < Risks.Length; i++)
        {
            variants[i] = Risks[i].VariantOf(patient);
        }

        var document = new CanonicalWriter(stackalloc byte[2048], DisclosureCanonicalForm.Header);
        try
        {
            WriteDocument(ref document, policyVersion, variants);
            return document.ToText();
        }
        finally
        {
            document.Dispose();
        }
    }

    /// <summary>The document after its header: the policy version, then the precomputed lines of every shown item.</summary>
    private void WriteDocument(ref CanonicalWriter document, string policyVersion, ReadOnlySpan<int> variants)
    {
        document.Field("policy", policyVersion);
        document.Append(_firstLines);
        for (int i = 0; i < Risks.Length; i++)
        {
            document.Append(Risks[i].Lines[variants[i]]);
        }

        document.Append(_suffixLines);
    }

    private static CompiledRisk CompileRisk(RiskDefinition definition, int shownAt, DisclosureOptions options, PolicyFingerprint fingerprint)
    {
        DisclosureRiskOptions? wording = options.Risks.TryGetValue(definition.Id, out DisclosureRiskOptions? found) ? found : null;
        string title = wording?.Title ?? definition.Title;
        string text = wording?.Text ?? definition.Text;
        string course = wording?.Course ?? definition.Course;
        string mitigation = wording?.Mitigation ?? definition.Mitigation;
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
                    raisedBy.Add(new RiskRaise(tailorings[i].Fact, Explained(tailorings[i], wording)));
                    level = tailorings[i].Level > level ? tailorings[i].Level : level;
                }
            }

            var risk = new DisclosedRisk(definition.Id, title, definition.Likelihood, level, text, course, mitigation, raisedBy.ToImmutable(), raisingFacts, definition.Rationale, definition.Provenance, definition.Citation);
            variants[mask] = risk;
            lines[mask] = DisclosureCanonicalForm.ItemLines(shownAt, risk);
        }

        // The policy holds what every variant is made of: the shown fields, the rationale and each tailoring.
        fingerprint.Write($"disclosure.item.{definition.Id}.", (ref CanonicalWriter text) =>
        {
            DisclosureCanonicalForm.Risk(ref text, variants[0]);
            text.Field("rationale", definition.Rationale);
            text.List("raisingFacts", raisingFacts);
            text.Count("tailorings", tailorings.Length);
            for (int i = 0; i < tailorings.Length; i++)
            {
                text.Item("tailorings", i, "fact", tailorings[i].Fact);
                text.Item("tailorings", i, "level", DisclosureCanonicalForm.Word(tailorings[i].Level));
                text.Item("tailorings", i, "reason", Explained(tailorings[i], wording));
            }
        });
        return new CompiledRisk(definition.Id, tailorings, variants, lines);
    }

    private static string Explained(RiskTailoring tailoring, DisclosureRiskOptions? wording) =>
        wording?.RaisedBecause is { } reasons && reasons.TryGetValue(tailoring.Key, out string? text) ? text : tailoring.Explanation;

    private static DisclosureStatement Worded(DisclosureStatement statement, DisclosureOptions options, PolicyFingerprint fingerprint)
    {
        DisclosureStatement worded = options.Statements.TryGetValue(statement.RuleId, out DisclosureStatementOptions? wording) && wording is not null
            ? statement with { Title = wording.Title ?? statement.Title, Text = wording.Text ?? statement.Text }
            : statement;
        fingerprint.Write($"disclosure.item.{worded.RuleId}.", (ref CanonicalWriter text) =>
        {
            DisclosureCanonicalForm.Statement(ref text, worded);
            text.Field("rationale", worded.Rationale);
        });
        return worded;
    }

    private static RuleDescriptor Describe(DisclosureStatement s) => new(s.RuleId, s.Text, s.Rationale, s.Provenance, s.Citation);

    private static void Text(OptionsFailures failures, string member, string? value, int maxLength)
    {
        if (value is not null)
        {
            failures.NotBlank(member, value, maxLength);
        }
    }
}
