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

                Text(failures, $"{member}:{nameof(DisclosureRiskOptions.Title)}", value.Title, DisclosureOptions.TitleLength);
                Text(failures, $"{member}:{nameof(DisclosureRiskOptions.Text)}", value.Text, DisclosureOptions.TextLength);
                Text(failures, $"{member}:{nameof(DisclosureRiskOptions.Course)}", value.Course, DisclosureOptions.TextLength);
                Text(failures, $"{member}:{nameof(DisclosureRiskOptions.Mitigation)}", value.Mitigation, DisclosureOptions.TextLength);
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
                        Text(failures, reasonMember, reason.Value, DisclosureOptions.TextLength);
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

                Text(failures, member, entry.Value, DisclosureOptions.TitleLength);
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

            Text(failures, $"{member}:{nameof(DisclosureStatementOptions.Title)}", value.Title, DisclosureOptions.TitleLength);
            Text(failures, $"{member}:{nameof(DisclosureStatementOptions.Text)}", value.Text, DisclosureOptions.TextLength);
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
            risks[i] = CompileRisk(DefaultDisclosureContent.Risks[i], options, fingerprint);
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

    private static CompiledRisk CompileRisk(RiskDefinition definition, DisclosureOptions options, PolicyFingerprint fingerprint)
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
            CanonicalText.Line(definitionText, "tailoring.reason", Explained(tailoring, wording));
        }

        fingerprint.Add($"disclosure.item.{definition.Id}", definitionText.ToString());
        return new CompiledRisk(definition.Id, tailorings, variants, lines);
    }

    private static string Explained(RiskTailoring tailoring, DisclosureRiskOptions? wording) =>
        wording?.RaisedBecause is { } reasons && reasons.TryGetValue(tailoring.Key, out string? text) ? text : tailoring.Explanation;

    private static DisclosureStatement Worded(DisclosureStatement statement, DisclosureOptions options, PolicyFingerprint fingerprint)
    {
        DisclosureStatement worded = options.Statements.TryGetValue(statement.RuleId, out DisclosureStatementOptions? wording) && wording is not null
            ? new DisclosureStatement(statement.RuleId, statement.Kind, wording.Title ?? statement.Title, wording.Text ?? statement.Text, statement.Rationale, statement.Provenance, statement.Citation)
            : statement;
        fingerprint.Add($"disclosure.item.{worded.RuleId}", CanonicalText.Line(new StringBuilder(DisclosureCanonicalForm.Statement(worded)), "rationale", worded.Rationale).ToString());
        return worded;
    }

    private static RuleDescriptor Describe(DisclosureStatement s) => new(s.RuleId, s.Text, s.Rationale, s.Provenance, s.Citation);

    private static void Text(OptionsFailures failures, string member, string? value, TextLength length)
    {
        if (value is not null)
        {
            failures.NotBlank(member, value, length);
        }
    }
}
