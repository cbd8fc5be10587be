using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MesoRules.Disclosure;
using MesoRules.Patients;

namespace MesoRules.Tests.Disclosure;

/// <summary>
/// The history hash against a model of the documented equivalence (<see cref="RiskDisclosure.HistoryHash"/>): two
/// histories share a canonical text, and so a hash, exactly when they have the same cause, the same twelve answers,
/// the same disclosed flags and the same sets of allergies (substance and anaphylaxis), medicines and components, each
/// name trimmed and upper-cased (invariant). Age, severity, response, the mix's name, order and duplicates do not count.
/// </summary>
public class HistoryFingerprintTests
{
    // Names that look like format 2's anaphylaxis suffix, separators, escapes, and
    // characters that a lossy UTF-8 encoding would merge (a lone surrogate and U+FFFD).
    private static readonly string[] Names =
    [
        "latex", " Latex ", "LATEX", "latex|anaphylaxis", "LATEX|ANAPHYLAXIS", "a=b", "a\nb", "a\\nb", "a,b", "a", "b",
        "\uD800x", "\uFFFDx", "ß", "SS", "count=1",
    ];

    private static Gen<KnownAllergy> Allergy =>
        from name in Gen.Elements(Names) from anaphylaxis in Gen.Elements(false, true) select new KnownAllergy(name, anaphylaxis);

    private static Gen<T[]> UpTo<T>(Gen<T> item, int count) => item.ArrayOf().Select(a => a.Take(count).ToArray());

    private static Gen<PatientProfile> Patient =>
        from p in Properties.Generators.Patient
        from allergies in UpTo(Allergy, 3)
        from medicines in UpTo(Gen.Elements(Names), 3)
        from components in Gen.OneOf(Gen.Constant<string[]?>(null), UpTo(Gen.Elements(Names), 3).Select(c => (string[]?)c))
        select p.With(it24 => { it24.Allergies = allergies; it24.CurrentMedicines = medicines; it24.Formulation = components is null ? null : new Formulation("mix", components); });

    /// <summary>One change: some keep the history equal under the documented equivalence, others change it.</summary>
    private static Gen<Func<PatientProfile, PatientProfile>> Change =>
        Gen.OneOf(
            Gen.Constant<Func<PatientProfile, PatientProfile>>(p => p.With(it23 => { it23.Allergies = [.. p.Allergies.Reverse()]; it23.CurrentMedicines = [.. p.CurrentMedicines.Reverse()]; })),
            Gen.Constant<Func<PatientProfile, PatientProfile>>(p => p.With(it22 => { it22.Allergies = [.. p.Allergies, .. p.Allergies.Take(1)]; it22.CurrentMedicines = [.. p.CurrentMedicines.Select(m => " " + m.ToLowerInvariant() + " ")]; })),
            Gen.Constant<Func<PatientProfile, PatientProfile>>(p => p.With(it21 => { it21.Formulation = p.Formulation is { Components.Count: > 0 } f ? new Formulation("renamed", [.. f.Components.Reverse()]) : p.Formulation is null ? new Formulation("empty", []) : null; })),
            Gen.Choose(0, 130).Select<int, Func<PatientProfile, PatientProfile>>(age => p => p.With(it19 => { it19.AgeYears = age; it19.Severity = Severity.Severe; it19.Response = TreatmentResponse.Good; })),
            Gen.Choose(0, 4).Select<int, Func<PatientProfile, PatientProfile>>(cause => p => p.With(it18 => { it18.Cause = (HairLossCause)cause; })),
            (from factor in Gen.Choose(0, 11) from answer in Properties.Generators.Answer select (factor, answer))
                .Select<(int, Answer), Func<PatientProfile, PatientProfile>>(x => p => p.With(it17 => { it17.Health = p.Health.With((HealthFactor)x.Item1, x.Item2); })),
            Gen.Elements(false, true).Select<bool, Func<PatientProfile, PatientProfile>>(on => p => p.With(it16 => { it16.AllergiesDisclosed = on; })),
            Gen.Elements(false, true).Select<bool, Func<PatientProfile, PatientProfile>>(on => p => p.With(it15 => { it15.MedicinesDisclosed = on; })),
            Allergy.Select<KnownAllergy, Func<PatientProfile, PatientProfile>>(a => p => p.With(it14 => { it14.Allergies = [.. p.Allergies.Skip(1), a]; })),
            Gen.Constant<Func<PatientProfile, PatientProfile>>(p => p.With(it13 => { it13.Allergies = [.. p.Allergies.Select(a => new KnownAllergy(a.Substance, !a.Anaphylaxis)).Take(1), .. p.Allergies.Skip(1)]; })),
            Gen.Elements(Names).Select<string, Func<PatientProfile, PatientProfile>>(m => p => p.With(it11 => { it11.CurrentMedicines = [.. p.CurrentMedicines.Skip(1), m]; })),
            Gen.Elements(Names).Select<string, Func<PatientProfile, PatientProfile>>(c => p => p.With(it10 => { it10.Formulation = new Formulation("mix", [.. (p.Formulation?.Components ?? []).Skip(1), c]); })));

    /// <summary>Every name replaced by its twin, and every allergy by its format 2 look-alike.</summary>
    private static PatientProfile Twinned(PatientProfile p) => p.With(it9 => { it9.Allergies = [.. p.Allergies.Select(Twin)]; it9.CurrentMedicines = [.. p.CurrentMedicines.Select(Twin)]; it9.Formulation = p.Formulation is { } f ? new Formulation(f.Name, [.. f.Components.Select(Twin)]) : null; });

    /// <summary>What a careless writer would confuse: a lone surrogate and the replacement character, an escaped and a real line break, and an allergy with its anaphylaxis written as a suffix.</summary>
    private static string Twin(string name) => name switch
    {
        "\uD800x" => "\uFFFDx",
        "\uFFFDx" => "\uD800x",
        "a\nb" => "a\\nb",
        "a\\nb" => "a\nb",
        _ => name,
    };

    private static KnownAllergy Twin(KnownAllergy allergy) => allergy switch
    {
        { Anaphylaxis: true } => new KnownAllergy(allergy.Substance + "|anaphylaxis"),
        { Substance: var s } when s.EndsWith("|anaphylaxis", StringComparison.Ordinal) => new KnownAllergy(s[..^"|anaphylaxis".Length], Anaphylaxis: true),
        _ => new KnownAllergy(Twin(allergy.Substance), allergy.Anaphylaxis),
    };

    /// <summary>A patient and the same patient after up to three changes, or (one pair in four) with every name twinned.</summary>
    private static Arbitrary<(PatientProfile, PatientProfile)> Pairs =>
        (from p in Patient
         from changes in UpTo(Change, 3)
         from twin in Gen.Choose(0, 3)
         select (p, twin == 0 ? Twinned(p) : changes.Aggregate(p, (q, change) => change(q)))).ToArbitrary();

    /// <summary>The documented equivalence, written from the documentation rather than from the code.</summary>
    private static List<string> Model(PatientProfile p)
    {
        static string Normal(string name) => name.Trim().ToUpperInvariant();
        var atoms = new List<string> { p.Cause.ToString() };
        atoms.AddRange(HealthHistory.Factors.Select(f => p.Health.Get(f).ToString()));
        atoms.Add(p.AllergiesDisclosed.ToString());
        string[] allergies = [.. p.Allergies.Select(a => $"{Normal(a.Substance).Length.ToString(CultureInfo.InvariantCulture)}:{Normal(a.Substance)}:{a.Anaphylaxis}").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        atoms.Add(allergies.Length.ToString(CultureInfo.InvariantCulture));
        atoms.AddRange(allergies);
        atoms.Add(p.MedicinesDisclosed.ToString());
        string[] medicines = [.. p.CurrentMedicines.Select(Normal).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        atoms.Add(medicines.Length.ToString(CultureInfo.InvariantCulture));
        atoms.AddRange(medicines);
        string[] components = [.. (p.Formulation?.Components ?? []).Select(Normal).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        atoms.Add(components.Length.ToString(CultureInfo.InvariantCulture));
        atoms.AddRange(components);
        return atoms;
    }

    [Property(MaxTest = 500)]
    public Property Two_histories_share_a_canonical_text_and_a_hash_exactly_when_they_are_equal_under_the_documented_equivalence() =>
        Prop.ForAll(Pairs, pair =>
        {
            (PatientProfile p, PatientProfile q) = pair;
            bool equivalent = Model(p).SequenceEqual(Model(q));
            return (HistoryFingerprint.CanonicalText(p) == HistoryFingerprint.CanonicalText(q)) == equivalent
                && (HistoryFingerprint.Compute(p) == HistoryFingerprint.Compute(q)) == equivalent;
        });

    [Fact]
    public void An_allergy_named_with_the_old_anaphylaxis_suffix_differs_from_an_anaphylactic_one_by_a_field_not_by_case()
    {
        // Format 2 wrote both on one line, "allergy=LATEX|ANAPHYLAXIS" and "allergy=LATEX|anaphylaxis", apart only
        // because names are upper-cased and the suffix is not; format 3 writes anaphylaxis as a field of its own.
        PatientProfile suffix = DisclosureTestData.Reference.With(it6 => { it6.Allergies = [new KnownAllergy("latex|anaphylaxis")]; });
        PatientProfile anaphylactic = DisclosureTestData.Reference.With(it5 => { it5.Allergies = [new KnownAllergy("latex", Anaphylaxis: true)]; });
        Assert.NotEqual(HistoryFingerprint.Compute(suffix), HistoryFingerprint.Compute(anaphylactic));
    }

    [Fact]
    public void A_lone_surrogate_and_the_replacement_character_give_two_hashes()
    {
        PatientProfile lone = DisclosureTestData.Reference.With(it4 => { it4.CurrentMedicines = ["\uD800x"]; });
        PatientProfile replaced = DisclosureTestData.Reference.With(it3 => { it3.CurrentMedicines = ["\uFFFDx"]; });
        Assert.NotEqual(HistoryFingerprint.Compute(lone), HistoryFingerprint.Compute(replaced));
    }

    [Fact]
    public void A_long_list_sorted_in_pooled_buffers_gives_the_same_text_as_the_same_entries_in_another_order()
    {
        string[] names = [.. Enumerable.Range(0, 200).Select(i => $"medicine {i % 150}")];
        PatientProfile forward = DisclosureTestData.Reference.With(it2 => { it2.CurrentMedicines = names; it2.Allergies = [.. names.Select((n, i) => new KnownAllergy(n, i % 3 == 0))]; });
        PatientProfile backward = forward.With(it1 => { it1.CurrentMedicines = [.. names.Reverse().Select(n => n.ToUpperInvariant())]; it1.Allergies = [.. forward.Allergies.Reverse()]; });
        Assert.Equal(HistoryFingerprint.CanonicalText(forward), HistoryFingerprint.CanonicalText(backward));
        Assert.Contains("\nmedicines.count=150\n", HistoryFingerprint.CanonicalText(forward), StringComparison.Ordinal);
    }

    [Fact]
    public void The_history_hash_of_a_typical_patient_allocates_only_its_result()
    {
        PatientProfile patient = DisclosureTestData.Reference.With(it0 => { it0.Allergies = [new KnownAllergy("latex"), new KnownAllergy("Biotin", true)]; it0.CurrentMedicines = ["warfarin", "ibuprofen"]; });
        HistoryFingerprint.Compute(patient);
        long before = GC.GetAllocatedBytesForCurrentThread();
        string hash = HistoryFingerprint.Compute(patient);
        long used = GC.GetAllocatedBytesForCurrentThread() - before;

        before = GC.GetAllocatedBytesForCurrentThread();
        string same = new('0', hash.Length);
        long result = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(result, used);
        Assert.Equal(64, same.Length);
    }
}
