using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using MesoRules.Patients;
using MesoRules.Core;

namespace MesoRules.Disclosure;

/// <summary>
/// The fingerprint of the medical history a patient disclosed and of the mix to be injected (documented on
/// <see cref="RiskDisclosure.HistoryHash"/>): SHA-256 over a canonical <c>key=value</c> text, so that a changed
/// history or mix asks for re-consent even when the disclosure's wording does not change.
/// </summary>
internal static class HistoryFingerprint
{
    public const string Header = "mesorules-history/2";

    private static readonly byte[] HeaderLine = Encoding.UTF8.GetBytes(Header + "\n");

    // Every line of the fixed part, written once: [cause], [factor * 3 + answer], [disclosed flag].
    private static readonly byte[][] CauseLines = [.. Enum.GetValues<HairLossCause>().Select(c => Utf8Line("cause", Word(c)))];
    private static readonly byte[][] FactorLines =
        [.. HealthHistory.Factors.SelectMany(f => new[] { Answer.Unknown, Answer.No, Answer.Yes }.Select(a => Utf8Line(Key(f), Word(a))))];

    private static readonly byte[][] AllergiesDisclosedLines = [Utf8Line("allergies-disclosed", "false"), Utf8Line("allergies-disclosed", "true")];
    private static readonly byte[][] MedicinesDisclosedLines = [Utf8Line("medicines-disclosed", "false"), Utf8Line("medicines-disclosed", "true")];
    private static readonly byte[][] FormulationLines = [Utf8Line("formulation", "none"), Utf8Line("formulation", "named")];

    /// <summary>
    /// Writes one line per distinct entry, trimmed, upper-cased and sorted ordinally. Up to
    /// <see cref="ShortList"/> entries are normalized into a stack buffer and sorted by insertion, so nothing is
    /// allocated; longer lists use pooled buffers and an O(n log n) sort.
    /// </summary>
    private static int Entries<T>(Span<byte> buffer, int at, string key, IReadOnlyList<T> items, Func<T, string> value, Func<T, bool> anaphylaxis)
    {
        int count = items.Count;
        if (count == 0)
        {
            return at;
        }

        int chars = 0;
        for (int i = 0; i < count; i++)
        {
            chars += value(items[i]).Length + AnaphylaxisSuffix.Length;
        }

        bool shortList = count <= ShortList;
        char[]? rentedChars = null;
        (int Start, int Length)[]? rentedRanges = null;
        Span<char> text = shortList && chars <= 1024 ? stackalloc char[1024] : (rentedChars = ArrayPool<char>.Shared.Rent(chars));
        Span<(int Start, int Length)> ranges = shortList ? stackalloc (int, int)[ShortList] : (rentedRanges = ArrayPool<(int, int)>.Shared.Rent(count));
        int used = 0;
        for (int i = 0; i < count; i++)
        {
            T item = items[i];
            int length = value(item).AsSpan().Trim().ToUpperInvariant(text[used..]);
            if (anaphylaxis(item))
            {
                AnaphylaxisSuffix.CopyTo(text[(used + length)..]);
                length += AnaphylaxisSuffix.Length;
            }

            (int Start, int Length) entry = (used, length);
            used += length;
            if (!shortList)
            {
                ranges[i] = entry;
                continue;
            }

            int j = i - 1;
            while (j >= 0 && Slice(text, ranges[j]).SequenceCompareTo(Slice(text, entry)) > 0)
            {
                ranges[j + 1] = ranges[j];
                j--;
            }

            ranges[j + 1] = entry;
        }

        if (!shortList)
        {
            ranges[..count].Sort(new Ordinal(rentedChars!));
        }

        for (int i = 0; i < count; i++)
        {
            if (i == 0 || !Slice(text, ranges[i]).SequenceEqual(Slice(text, ranges[i - 1])))
            {
                at = Entry(buffer, at, key, Slice(text, ranges[i]));
            }
        }

        if (rentedChars is not null)
        {
            ArrayPool<char>.Shared.Return(rentedChars);
        }

        if (rentedRanges is not null)
        {
            ArrayPool<(int, int)>.Shared.Return(rentedRanges);
        }

        return at;
    }

    private static ReadOnlySpan<char> Slice(Span<char> text, (int Start, int Length) range) => text.Slice(range.Start, range.Length);

    // Longer lists are sorted in O(n log n) instead of by insertion.
    private const int ShortList = 32;

    /// <summary>Orders normalized entries, given as ranges of one buffer, ordinally.</summary>
    private readonly struct Ordinal(char[] text) : IComparer<(int Start, int Length)>
    {
        public int Compare((int Start, int Length) x, (int Start, int Length) y) =>
            text.AsSpan(x.Start, x.Length).SequenceCompareTo(text.AsSpan(y.Start, y.Length));
    }

    /// <summary>The history hash of a validated patient: 64 lower-case hex digits. Allocates only the result.</summary>
    public static string Compute(PatientProfile patient)
    {
        IReadOnlyList<KnownAllergy> allergies = patient.Allergies;
        IReadOnlyList<string> medicines = patient.CurrentMedicines;

        // An upper bound of the UTF-8 length: escaping at most doubles a character, which is at most 3 bytes.
        int length = 1024;
        for (int i = 0; i < allergies.Count; i++)
        {
            length += 32 + (6 * allergies[i].Substance.Length);
        }

        for (int i = 0; i < medicines.Count; i++)
        {
            length += 32 + (6 * medicines[i].Length);
        }

        if (patient.Formulation is { } formulation)
        {
            for (int i = 0; i < formulation.Components.Count; i++)
            {
                length += 32 + (6 * formulation.Components[i].Length);
            }
        }

        byte[]? rented = null;
        Span<byte> buffer = length <= 2048 ? stackalloc byte[2048] : (rented = ArrayPool<byte>.Shared.Rent(length));
        int at = Copy(HeaderLine, buffer, 0);
        at = Copy(CauseLines[(int)patient.Cause], buffer, at);
        HealthHistory health = patient.Health;
        IReadOnlyList<HealthFactor> factors = HealthHistory.Factors;
        for (int i = 0; i < factors.Count; i++)
        {
            at = Copy(FactorLines[(i * 3) + (int)health.Get(factors[i])], buffer, at);
        }

        at = Copy(AllergiesDisclosedLines[patient.AllergiesDisclosed ? 1 : 0], buffer, at);
        at = Entries(buffer, at, "allergy=", allergies, static a => a.Substance, static a => a.Anaphylaxis);
        at = Copy(MedicinesDisclosedLines[patient.MedicinesDisclosed ? 1 : 0], buffer, at);
        at = Entries(buffer, at, "medicine=", medicines, static m => m, static _ => false);
        IReadOnlyList<string> components = patient.Formulation?.Components ?? [];
        at = Copy(FormulationLines[components.Count > 0 ? 1 : 0], buffer, at);
        at = Entries(buffer, at, "component=", components, static c => c, static _ => false);

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(buffer[..at], hash);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return HexDigits.Lower(hash);
    }

    private const string AnaphylaxisSuffix = "|anaphylaxis";

    private static int Copy(byte[] line, Span<byte> buffer, int at)
    {
        line.CopyTo(buffer[at..]);
        return at + line.Length;
    }

    /// <summary>Writes <c>key=VALUE\n</c> for a normalized value, escaped as the canonical line format does.</summary>
    private static int Entry(Span<byte> buffer, int at, string key, ReadOnlySpan<char> text)
    {
        at += Encoding.UTF8.GetBytes(key, buffer[at..]);
        at += text.IndexOfAny('\\', '\n', '\r') >= 0
            ? Encoding.UTF8.GetBytes(Core.CanonicalText.Escape(text.ToString()), buffer[at..])
            : Encoding.UTF8.GetBytes(text, buffer[at..]);
        buffer[at++] = (byte)'\n';
        return at;
    }

    private static byte[] Utf8Line(string key, string value) => Encoding.UTF8.GetBytes(Core.CanonicalText.Line(new StringBuilder(), key, value).ToString());

    /// <summary>The canonical text, written plainly: the reference the fast <see cref="Compute"/> is tested against.</summary>
    internal static string CanonicalText(PatientProfile patient)
    {
        var text = new StringBuilder(512).Append(Header).Append('\n');
        Line(text, "cause", Word(patient.Cause));
        HealthHistory health = patient.Health;
        foreach (HealthFactor factor in HealthHistory.Factors)
        {
            Line(text, Key(factor), Word(health.Get(factor)));
        }

        Line(text, "allergies-disclosed", patient.AllergiesDisclosed ? "true" : "false");
        foreach (string allergy in Sorted(patient.Allergies.Select(a => Normal(a.Substance) + (a.Anaphylaxis ? "|anaphylaxis" : string.Empty))))
        {
            Line(text, "allergy", allergy);
        }

        Line(text, "medicines-disclosed", patient.MedicinesDisclosed ? "true" : "false");
        foreach (string medicine in Sorted(patient.CurrentMedicines.Select(Normal)))
        {
            Line(text, "medicine", medicine);
        }

        IReadOnlyList<string> components = patient.Formulation?.Components ?? [];
        Line(text, "formulation", components.Count > 0 ? "named" : "none");
        foreach (string component in Sorted(components.Select(Normal)))
        {
            Line(text, "component", component);
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, string key, string value) => Core.CanonicalText.Line(text, key, value);

    // Case, surrounding spaces and order do not change what was disclosed.
    private static string Normal(string value) => value.Trim().ToUpperInvariant();

    private static IEnumerable<string> Sorted(IEnumerable<string> values) => values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    private static string Word(Answer answer) => answer switch
    {
        Answer.Yes => "yes",
        Answer.No => "no",
        _ => "unknown",
    };

    private static string Word(HairLossCause cause) => cause switch
    {
        HairLossCause.AndrogeneticAlopecia => "androgenetic-alopecia",
        HairLossCause.AlopeciaAreata => "alopecia-areata",
        HairLossCause.TelogenEffluvium => "telogen-effluvium",
        HairLossCause.Other => "other",
        _ => "undiagnosed",
    };

    private static string Key(HealthFactor factor) => factor switch
    {
        HealthFactor.Pregnancy => "pregnancy",
        HealthFactor.Breastfeeding => "breastfeeding",
        HealthFactor.ActiveScalpInfection => "active-scalp-infection",
        HealthFactor.ActiveSkinDisease => "active-skin-disease",
        HealthFactor.BleedingDisorder => "bleeding-disorder",
        HealthFactor.Anticoagulants => "anticoagulants",
        HealthFactor.Immunosuppression => "immunosuppression",
        HealthFactor.Diabetes => "diabetes",
        HealthFactor.AutoimmuneDisease => "autoimmune-disease",
        HealthFactor.CancerTreatment => "cancer-treatment",
        HealthFactor.KeloidTendency => "keloid-tendency",
        _ => "infection-predisposition",
    };
}
