using System.Buffers;
using MesoRules.Core;
using MesoRules.Patients;

namespace MesoRules.Disclosure;

/// <summary>
/// The fingerprint of the medical history a patient disclosed and of the mix to be injected (documented on
/// <see cref="RiskDisclosure.HistoryHash"/>): SHA-256 over a canonical text written by <see cref="CanonicalWriter"/>,
/// so that a changed history or mix asks for re-consent even when the disclosure's wording does not change.
/// </summary>
internal static class HistoryFingerprint
{
    /// <summary>The header line: version 2 added the mix; 3 writes lists as a count and items, and an allergy's anaphylaxis as a field of its own.</summary>
    public const string Header = "mesorules-history/3";

    // Longer lists are sorted in O(n log n) instead of by insertion.
    private const int ShortList = 32;

    /// <summary>The history hash of a validated patient: 64 lower-case hex digits. Allocates only the result for a typical patient.</summary>
    public static string Compute(PatientProfile patient)
    {
        Span<byte> hash = stackalloc byte[32];
        var text = new CanonicalWriter(stackalloc byte[2048], Header);
        try
        {
            Write(ref text, patient);
            text.Sha256(hash);
        }
        finally
        {
            text.Dispose();
        }

        return HexDigits.Lower(hash);
    }

    /// <summary>The canonical text <see cref="Compute"/> hashes, for tests and audits.</summary>
    internal static string CanonicalText(PatientProfile patient)
    {
        var text = new CanonicalWriter(stackalloc byte[2048], Header);
        try
        {
            Write(ref text, patient);
            return text.ToText();
        }
        finally
        {
            text.Dispose();
        }
    }

    private static void Write(ref CanonicalWriter text, PatientProfile patient)
    {
        text.Field("cause", Word(patient.Cause));
        HealthHistory health = patient.Health;
        IReadOnlyList<HealthFactor> factors = HealthHistory.Factors;
        for (int i = 0; i < factors.Count; i++)
        {
            text.Field(Key(factors[i]), Word(health.Get(factors[i])));
        }

        text.Field("allergies.disclosed", patient.AllergiesDisclosed);
        Entries(ref text, "allergies", patient.Allergies, static a => a.Substance, static a => a.Anaphylaxis, recordsAnaphylaxis: true);
        text.Field("medicines.disclosed", patient.MedicinesDisclosed);
        Entries(ref text, "medicines", patient.CurrentMedicines, static m => m, static _ => false, recordsAnaphylaxis: false);
        Entries(ref text, "components", patient.Formulation?.Components ?? [], static c => c, static _ => false, recordsAnaphylaxis: false);
    }

    /// <summary>
    /// Writes a list of the distinct entries, each trimmed and upper-cased (invariant), sorted ordinally (an allergy
    /// without anaphylaxis before the same one with it): the count, then <c>list[i]=NAME</c>, or for allergies
    /// <c>list[i].substance=NAME</c> and <c>list[i].anaphylaxis=true|false</c>. Up to <see cref="ShortList"/> entries
    /// are normalized into a stack buffer and sorted by insertion, so nothing is allocated; longer lists use pooled
    /// buffers and an O(n log n) sort.
    /// </summary>
    private static void Entries<T>(ref CanonicalWriter text, string list, IReadOnlyList<T> items, Func<T, string> value, Func<T, bool> anaphylaxis, bool recordsAnaphylaxis)
    {
        int count = items.Count;
        if (count == 0)
        {
            text.Count(list, 0);
            return;
        }

        int chars = 0;
        for (int i = 0; i < count; i++)
        {
            chars += value(items[i]).Length;
        }

        bool shortList = count <= ShortList;
        char[]? rentedChars = null;
        Entry[]? rentedEntries = null;
        Span<char> names = shortList && chars <= 1024 ? stackalloc char[1024] : (rentedChars = ArrayPool<char>.Shared.Rent(chars));
        Span<Entry> entries = shortList ? stackalloc Entry[ShortList] : (rentedEntries = ArrayPool<Entry>.Shared.Rent(count));
        int used = 0;
        for (int i = 0; i < count; i++)
        {
            T item = items[i];
            int length = value(item).AsSpan().Trim().ToUpperInvariant(names[used..]);
            var entry = new Entry(used, length, anaphylaxis(item));
            used += length;
            if (!shortList)
            {
                entries[i] = entry;
                continue;
            }

            int j = i - 1;
            while (j >= 0 && Compare(names, entries[j], entry) > 0)
            {
                entries[j + 1] = entries[j];
                j--;
            }

            entries[j + 1] = entry;
        }

        if (!shortList)
        {
            entries[..count].Sort(new Ordinal(rentedChars!));
        }

        int distinct = 0;
        for (int i = 0; i < count; i++)
        {
            distinct += i == 0 || Compare(names, entries[i - 1], entries[i]) != 0 ? 1 : 0;
        }

        text.Count(list, distinct);
        for (int i = 0, n = 0; i < count; i++)
        {
            if (i > 0 && Compare(names, entries[i - 1], entries[i]) == 0)
            {
                continue;
            }

            ReadOnlySpan<char> name = names.Slice(entries[i].Start, entries[i].Length);
            if (recordsAnaphylaxis)
            {
                text.Item(list, n, "substance", name);
                text.Item(list, n, "anaphylaxis", entries[i].Anaphylaxis);
            }
            else
            {
                text.Item(list, n, name);
            }

            n++;
        }

        if (rentedChars is not null)
        {
            ArrayPool<char>.Shared.Return(rentedChars);
        }

        if (rentedEntries is not null)
        {
            ArrayPool<Entry>.Shared.Return(rentedEntries);
        }
    }

    /// <summary>One normalized entry: a range of the names buffer, and for an allergy whether it is anaphylactic.</summary>
    private readonly record struct Entry(int Start, int Length, bool Anaphylaxis);

    private static int Compare(ReadOnlySpan<char> names, Entry x, Entry y)
    {
        int byName = names.Slice(x.Start, x.Length).SequenceCompareTo(names.Slice(y.Start, y.Length));
        return byName != 0 ? byName : x.Anaphylaxis.CompareTo(y.Anaphylaxis);
    }

    /// <summary>Orders normalized entries, given as ranges of one buffer, ordinally.</summary>
    private readonly struct Ordinal(char[] names) : IComparer<Entry>
    {
        public int Compare(Entry x, Entry y) => HistoryFingerprint.Compare(names, x, y);
    }

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
        HealthFactor.Pregnancy => "health.pregnancy",
        HealthFactor.Breastfeeding => "health.breastfeeding",
        HealthFactor.ActiveScalpInfection => "health.active-scalp-infection",
        HealthFactor.ActiveSkinDisease => "health.active-skin-disease",
        HealthFactor.BleedingDisorder => "health.bleeding-disorder",
        HealthFactor.Anticoagulants => "health.anticoagulants",
        HealthFactor.Immunosuppression => "health.immunosuppression",
        HealthFactor.Diabetes => "health.diabetes",
        HealthFactor.AutoimmuneDisease => "health.autoimmune-disease",
        HealthFactor.CancerTreatment => "health.cancer-treatment",
        HealthFactor.KeloidTendency => "health.keloid-tendency",
        _ => "health.infection-predisposition",
    };
}
