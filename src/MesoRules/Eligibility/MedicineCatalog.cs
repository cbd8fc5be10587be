using System.Collections.Immutable;
using MesoRules.Core;
using MesoRules.Patients;

namespace MesoRules.Eligibility;

/// <summary>
/// The compiled medicine catalogue of one policy: which classes a medicine list holds, read as whole words (generic
/// names) and ATC codes. Immutable; safe to share between threads.
/// </summary>
internal sealed class MedicineCatalog
{
    /// <summary>The most classes a catalogue may hold, shipped and the clinic's: a medicine list's classes are one 64-bit mask.</summary>
    public const int MaxClasses = 64;

    private readonly WordIndex _names;
    private readonly (string Code, int Class)[] _codes;
    private readonly ulong[] _byFact;

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

            // Validation refuses a blank name or a malformed code; while validating, they are left out here.
            names.AddRange(classes[i].Names.Where(n => !BlankText.IsBlank(n)).Select(n => (n, i)));
            codes.AddRange(classes[i].AtcCodes.Where(c => c is not null && IsAtcCode(c)).Select(c => (c.ToUpperInvariant(), i)));
            if (facts[i] is HealthFactor fact)
            {
                _byFact[(int)fact] |= 1UL << i;
            }
        }

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

    /// <summary>The classes of a medicine list, as a mask of class indices: each medicine read once, for names and ATC codes alike.</summary>
    public ulong Screen(IReadOnlyList<string> medicines)
    {
        var sink = new Collector(_codes);
        for (int i = 0; i < medicines.Count; i++)
        {
            _names.ForEachHeld(medicines[i], ref sink);
        }

        return sink.Classes;
    }

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

    private static MedicineClass Describe(string id, string name, string? rationale, HealthFactor? fact, ImmutableArray<string> codes, ImmutableArray<string> names, bool enabled, Provenance provenance, string? citation, string? reason) =>
        new(id, name, rationale, fact is HealthFactor f ? HealthFacts.Of(f).FactName : null, fact is HealthFactor answered ? DefaultEligibilityRules.HealthRuleOf(answered) : RuleIdOf(id), codes, names, enabled, provenance, citation, reason);

    /// <summary>Collects the classes of the names found, and of the words shaped like an ATC code that share a prefix with a class's code.</summary>
    private struct Collector((string Code, int Class)[] codes) : WordIndex.ISink
    {
        private readonly (string Code, int Class)[] _codes = codes;

        public ulong Classes;

        public bool Found(int value, string name)
        {
            Classes |= 1UL << value;
            return true;
        }

        public void Word(string text, int start, int length)
        {
            // Cheap first: a code starts with a letter and two digits.
            if (length < 3 || !char.IsAsciiDigit(text[start + 1]) || !char.IsAsciiDigit(text[start + 2]))
            {
                return;
            }

            ReadOnlySpan<char> word = text.AsSpan(start, length);
            if (!IsAtcCode(word))
            {
                return;
            }

            // The code and a class's code share a prefix: the longer one lies within the shorter one's group.
            foreach ((string code, int c) in _codes)
            {
                int shared = Math.Min(code.Length, word.Length);
                if (word[..shared].Equals(code.AsSpan(0, shared), StringComparison.OrdinalIgnoreCase))
                {
                    Classes |= 1UL << c;
                }
            }
        }
    }
}
