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
            names.AddRange(classes[i].Names.Where(n => !BlankText.IsBlank(n)).Select(n => (Words(n.IsNormalized(System.Text.NormalizationForm.FormKC) ? n : n.Normalize(System.Text.NormalizationForm.FormKC)), i)));
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
            string words = Words(compatible);
            _names.ForEachHeld(words, ref sink);

            // An ATC code has a letter next to a digit, so a medicine without one holds none.
            if (!ReferenceEquals(words, compatible))
            {
                sink.Classes |= Coded(compatible);
            }
        }

        return sink.Classes;
    }

    /// <summary>The text with a space between each letter and a digit next to it; the same instance when there is none.</summary>
    internal static string Words(string text)
    {
        // Every boundary has a digit on one side: look next to the digits only (a vector search finds them).
        int boundaries = 0;
        ReadOnlySpan<char> span = text;
        int from = span.IndexOfAnyInRange('0', '9');
        if (from < 0 && System.Text.Ascii.IsValid(span))
        {
            return text;
        }

        for (int i = Math.Max(1, from); i < span.Length; i++)
        {
            if (Boundary(span[i - 1], span[i]))
            {
                boundaries++;
            }
        }

        if (boundaries == 0)
        {
            return text;
        }

        return string.Create(text.Length + boundaries, text, static (span, source) =>
        {
            int n = 0;
            for (int i = 0; i < source.Length; i++)
            {
                if (i > 0 && Boundary(source[i - 1], source[i]))
                {
                    span[n++] = ' ';
                }

                span[n++] = source[i];
            }
        });
    }

    private static bool Boundary(char a, char b) =>
        (a | b) < 128
            ? WordIndex.Kind(a) * WordIndex.Kind(b) == 2
            : (char.IsLetter(a) && char.IsDigit(b)) || (char.IsDigit(a) && char.IsLetter(b));

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

    /// <summary>The classes of the ATC codes written in a medicine: a word of the code's shape whose code and a class's code share a prefix (the longer one lies within the shorter one's group).</summary>
    private ulong Coded(string medicine)
    {
        ulong classes = 0;
        ReadOnlySpan<char> text = medicine;

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
            int end = start + 1;
            while (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
            {
                end++;
            }

            if (char.IsAsciiLetter(text[start]) && (start == 0 || Formulation.IsBreak(text[start - 1])) && (end == text.Length || Formulation.IsBreak(text[end])) && IsAtcCode(text[start..end]))
            {
                foreach ((string code, int c) in _codes)
                {
                    int shared = Math.Min(code.Length, end - start);
                    if (text.Slice(start, shared).Equals(code.AsSpan(0, shared), StringComparison.OrdinalIgnoreCase))
                    {
                        classes |= 1UL << c;
                    }
                }
            }

            from = end + 1;
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
