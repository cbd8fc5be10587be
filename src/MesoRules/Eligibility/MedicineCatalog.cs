using System.Collections.Immutable;
using MesoRules.Core;
using MesoRules.Patients;

namespace MesoRules.Eligibility;

/// <summary>
/// The compiled medicine catalogue of one policy: which classes a medicine list holds, read as whole words (generic
/// names) and ATC codes. Immutable; safe to share between threads.
/// </summary>
internal sealed class MedicineCatalog : IMedicineScreen
{
    /// <summary>The most classes a catalogue may hold, shipped and the clinic's: a medicine list's classes are one 64-bit mask.</summary>
    public const int MaxClasses = 64;

    /// <summary>The length of a full ATC code (a chemical substance, level 5): <c>B01AC06</c>.</summary>
    private const int FullCodeLength = 7;

    private readonly WordIndex _names;
    private readonly (string Code, int Class)[] _codes;
    private readonly ulong[] _byFact;
    private readonly Dictionary<string, int> _enabled = new(StringComparer.Ordinal);

    private MedicineCatalog(ImmutableArray<MedicineClass> classes, HealthFactor?[] facts)
    {
        Classes = classes;
        Facts = facts;
        var names = new List<(string, int)>();
        var codes = new List<(string, int)>();
        _byFact = new ulong[HealthFacts.All.Count];
        for (int i = 0; i < classes.Length; i++)
        {
            if (!classes[i].Enabled)
            {
                continue;
            }

            _enabled[classes[i].Id] = i;

            // Validation refuses a blank name or a malformed code; while validating, they are left out here.
            names.AddRange(classes[i].Names.Where(n => !BlankText.IsBlank(n)).Select(n => (WordIndex.Spaced(n.IsNormalized(System.Text.NormalizationForm.FormKC) ? n : n.Normalize(System.Text.NormalizationForm.FormKC)), i)));
            codes.AddRange(classes[i].AtcCodes.Where(c => c is not null && IsAtcCode(c)).Select(c => (c.ToUpperInvariant(), i)));
            if (facts[i] is HealthFactor fact)
            {
                _byFact[(int)fact] |= 1UL << i;
            }
        }

        // Names are indexed in the form medicines are read in (see Screen).
        _names = new WordIndex(names);
        _codes = [.. codes];
    }

    /// <summary>Every class, switched off ones included, the shipped ones first.</summary>
    public ImmutableArray<MedicineClass> Classes { get; }

    /// <summary>The health fact each class stands for, by class index.</summary>
    public HealthFactor?[] Facts { get; }

    /// <summary>The rule of a class that stands for no health answer.</summary>
    public static string RuleIdOf(string classId) => $"eligibility.medicine.{classId}";

    /// <summary>Compiles validated options; the fingerprint receives every class.</summary>
    public static MedicineCatalog Compile(EligibilityOptions options, PolicyFingerprint? fingerprint)
    {
        Dictionary<string, MedicineClassOptions> clinic = ClinicKeys.ById(options.MedicineClasses, static key => key.ToLowerInvariant());
        var classes = new List<MedicineClass>();
        var facts = new List<HealthFactor?>();
        foreach (MedicineClassDefinition shipped in ShippedMedicineClasses.All)
        {
            MedicineClassOptions? own = clinic.Remove(shipped.Id, out MedicineClassOptions? o) ? o : null;
            bool changed = own is not null && (own.Name is not null || own.Names?.Count > 0 || own.AtcCodes?.Count > 0 || own.Enabled == false);
            classes.Add(Describe(shipped.Id, own?.Name ?? shipped.Name, $"Medicines of this class raise the risk of {shipped.Concern}.", shipped.Fact, [.. shipped.AtcCodes, .. own?.AtcCodes ?? []], [.. shipped.Names, .. own?.Names ?? []], own?.Enabled ?? true, changed ? Provenance.Clinic : Provenance.ClinicalLiterature, ShippedMedicineClasses.Citation, own?.Reason));
            facts.Add(shipped.Fact);
        }

        foreach (KeyValuePair<string, MedicineClassOptions> own in clinic.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            HealthFactor? fact = FactNamed(own.Value.Answers);
            classes.Add(Describe(own.Key, own.Value.Name ?? own.Key, null, fact, [.. own.Value.AtcCodes ?? []], [.. own.Value.Names ?? []], own.Value.Enabled ?? true, Provenance.Clinic, null, own.Value.Reason));
            facts.Add(fact);
        }

        foreach (MedicineClass c in classes)
        {
            fingerprint?.Fields($"eligibility.medicineClass.{c.Id}")
                .Field("name", c.Name)
                .Field("rationale", c.Rationale)
                .Field("answers", c.Answers)
                .Field("atcCodes", c.AtcCodes)
                .Field("names", c.Names)
                .Field("enabled", c.Enabled)
                .Field("provenance", c.Provenance)
                .Field("citation", c.Citation)
                .Field("reason", c.ClinicReason);
        }

        return new MedicineCatalog([.. classes], [.. facts]);
    }

    /// <summary>The shipped classes with no clinic settings.</summary>
    public static MedicineCatalog Shipped => field ??= Compile(new EligibilityOptions(), null);

    /// <summary>The health fact named by a <see cref="MedicineClassOptions.Answers"/> value (the history property's name, ignoring case), if any.</summary>
    public static HealthFactor? FactNamed(string? name) =>
        name is null ? null : HealthFacts.All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase))?.Factor;

    /// <summary>
    /// The classes of a medicine list, as a mask of class indices. A medicine is read as written when it is plain ASCII and
    /// keeps letters and digits apart (the common case: no copy); otherwise in its compatibility form (full-width and other
    /// compatibility letters as plain ones) with a space between a letter and a digit, so that a dose written against the
    /// name (<c>warfarin5mg</c>) does not hide it; ATC codes are read from the compatibility form as written.
    /// </summary>
    public ulong Screen(IReadOnlyList<string> medicines)
    {
        if (_names.IsEmpty && _codes.Length == 0)
        {
            return 0;
        }

        var sink = new Collector();
        for (int i = 0; i < medicines.Count; i++)
        {
            string medicine = medicines[i];

            // The common case, ASCII: one pass for the names, and the codes read only where a letter meets a digit.
            if (_names.TryForEachHeldApart(medicine, ref sink, out bool joined))
            {
                if (joined)
                {
                    sink.Classes |= Coded(medicine);
                }

                continue;
            }

            string compatible = System.Text.Ascii.IsValid(medicine) ? medicine : medicine.Normalize(System.Text.NormalizationForm.FormKC);
            string words = WordIndex.Spaced(compatible);
            _names.ForEachHeld(words, ref sink);

            // An ATC code has a letter next to a digit, so a medicine without one holds none.
            if (!ReferenceEquals(words, compatible))
            {
                sink.Classes |= Coded(compatible);
            }
        }

        return sink.Classes;
    }

    /// <inheritdoc/>
    public bool ListsFor(PatientProfile patient, HealthFactor factor) =>
        _byFact[(int)factor] != 0 && patient.CurrentMedicines.Count > 0 && (Screen(patient.CurrentMedicines) & _byFact[(int)factor]) != 0;

    /// <inheritdoc/>
    public bool Lists(PatientProfile patient, string classId) =>
        _enabled.TryGetValue(classId, out int index) && patient.CurrentMedicines.Count > 0 && (Screen(patient.CurrentMedicines) & (1UL << index)) != 0;

    /// <summary>The classes that stand for <paramref name="fact"/>.</summary>
    public ulong Answering(HealthFactor fact) => _byFact[(int)fact];

    /// <summary>The names of the classes of <paramref name="mask"/>, for a note: <c>systemic retinoids [ATC D10BA, D05BB, D11AH04]</c>.</summary>
    public string Describe(ulong mask) =>
        string.Join("; ", Enumerable.Range(0, Classes.Length).Where(i => (mask & (1UL << i)) != 0).Select(i => Classes[i].AtcCodes.IsEmpty ? Classes[i].Name : $"{Classes[i].Name} [ATC {string.Join(", ", Classes[i].AtcCodes)}]"));

    /// <summary>Whether <paramref name="code"/> is an ATC code or code prefix: a letter, two digits, then up to two letters and two digits.</summary>
    public static bool IsAtcCode(ReadOnlySpan<char> code)
    {
        if (code.Length is not (3 or 4 or 5 or 7) || !char.IsAsciiLetter(code[0]) || !char.IsAsciiDigit(code[1]) || !char.IsAsciiDigit(code[2]))
        {
            return false;
        }

        return (code.Length < 4 || char.IsAsciiLetter(code[3]))
            && (code.Length < 5 || char.IsAsciiLetter(code[4]))
            && (code.Length < 7 || (char.IsAsciiDigit(code[5]) && char.IsAsciiDigit(code[6])));
    }

    /// <summary>
    /// The classes of the ATC codes written in a medicine: a word of the code's shape whose code and a class's code share a
    /// prefix (the longer one lies within the shorter one's group). A full code written with one space between two of its
    /// levels (<c>B01A C06</c>, <c>B01 AC06</c>, <c>B01AC 06</c>) is read as that code, not as the shorter code before the space.
    /// </summary>
    private ulong Coded(string medicine)
    {
        ulong classes = 0;
        ReadOnlySpan<char> text = medicine;
        Span<char> joined = stackalloc char[FullCodeLength];

        // A code is a letter and two digits, then letters and digits: look only where a digit follows a letter that starts a word.
        int from = 1;
        while (from < text.Length)
        {
            int found = text[from..].IndexOfAnyInRange('0', '9');
            if (found < 0)
            {
                break;
            }

            int start = from + found - 1;
            int end = WordEnd(text, start + 1);
            if (char.IsAsciiLetter(text[start]) && (start == 0 || Formulation.IsBreak(text[start - 1])) && (end == text.Length || Formulation.IsBreak(text[end])) && IsAtcCode(text[start..end]))
            {
                int rest = end + 1 < text.Length && text[end] == ' ' ? WordEnd(text, end + 1) : end;
                if (rest - end - 1 == FullCodeLength - (end - start) && (rest == text.Length || Formulation.IsBreak(text[rest])))
                {
                    text[start..end].CopyTo(joined);
                    text[(end + 1)..rest].CopyTo(joined[(end - start)..]);
                    if (IsAtcCode(joined))
                    {
                        classes |= ClassesOf(joined);
                        from = rest + 1;
                        continue;
                    }
                }

                classes |= ClassesOf(text[start..end]);
            }

            from = end + 1;
        }

        return classes;
    }

    /// <summary>The end of the run of ASCII letters and digits from <paramref name="at"/>.</summary>
    private static int WordEnd(ReadOnlySpan<char> text, int at)
    {
        while (at < text.Length && char.IsAsciiLetterOrDigit(text[at]))
        {
            at++;
        }

        return at;
    }

    /// <summary>The classes with a code that shares a prefix with <paramref name="code"/>.</summary>
    private ulong ClassesOf(ReadOnlySpan<char> code)
    {
        ulong classes = 0;
        foreach ((string own, int c) in _codes)
        {
            int shared = Math.Min(own.Length, code.Length);
            if (code[..shared].Equals(own.AsSpan(0, shared), StringComparison.OrdinalIgnoreCase))
            {
                classes |= 1UL << c;
            }
        }

        return classes;
    }

    private static MedicineClass Describe(string id, string name, string? rationale, HealthFactor? fact, ImmutableArray<string> codes, ImmutableArray<string> names, bool enabled, Provenance provenance, string? citation, string? reason) =>
        new(id, name, rationale, fact is HealthFactor f ? HealthFacts.Of(f).FactName : null, fact is HealthFactor answered ? DefaultEligibilityRules.HealthRuleOf(answered) : RuleIdOf(id), codes, names, enabled, provenance, citation, reason);

    /// <summary>Collects the classes of the names found.</summary>
    private struct Collector : WordIndex.ISink
    {
        public ulong Classes;

        public bool Found(int value, string name)
        {
            Classes |= 1UL << value;
            return true;
        }
    }
}
