using System.Collections.Immutable;
using MesoRules.Core;

namespace MesoRules.Patients;

/// <summary>
/// The compiled table of ingredient names of one policy: the shipped groups with the clinic's names added, and the
/// matching of allergies against a mix under every name of an ingredient. Immutable; safe to share between threads.
/// </summary>
/// <remarks>
/// Texts are read for the table's names as whole words where a letter next to a digit separates words too, so that a
/// vitamin's letter and number match however they are spaced (<c>vitamin B7</c>, <c>vitamin B-7</c>, <c>vitamin B 7</c>;
/// <c>vitamin B12</c> holds neither <c>vitamin B1</c> nor <c>vitamin B7</c>), and a one-letter word followed by digits may
/// be joined to the word before it (<c>vitaminB7</c>, <c>coenzymeQ10</c>). Allergies matched as written
/// (<see cref="AllergySearch"/>) are read as before.
/// </remarks>
internal sealed partial class IngredientNames
{
    private readonly WordIndex _index;

    private IngredientNames(ImmutableArray<IngredientGroup> groups)
    {
        Groups = groups;
        _index = new WordIndex(groups.SelectMany((g, i) => g.Names.SelectMany(name => Forms(name).Select(form => (WordIndex.Spaced(form), name, i)))));
    }

    /// <summary>The shipped table, with no clinic names.</summary>
    public static IngredientNames Shipped => field ??= Build(new IngredientOptions());

    /// <summary>The groups, the shipped ones first in their order, then the clinic's in id order.</summary>
    public ImmutableArray<IngredientGroup> Groups { get; }

    /// <summary>Compiles validated options; the fingerprint receives every group.</summary>
    public static IngredientNames Compile(IngredientOptions options, PolicyFingerprint fingerprint)
    {
        IngredientNames names = Build(options);
        foreach (IngredientGroup group in names.Groups)
        {
            fingerprint.Fields($"ingredients.group.{group.Id}")
                .Field("names", group.Names)
                .Field("rationale", group.Rationale)
                .Field("provenance", group.Provenance)
                .Field("citation", group.Citation);
        }

        return names;
    }

    /// <summary>The table of <paramref name="options"/> (validated, or being validated: names that cannot be indexed are left out).</summary>
    internal static IngredientNames Build(IngredientOptions options)
    {
        Dictionary<string, IngredientGroupOptions> clinic = ClinicKeys.ById(options.Groups, static key => key.ToLowerInvariant());
        var groups = new List<IngredientGroup>();
        foreach ((string id, string[] shipped, string citation) in ShippedIngredients.Groups)
        {
            IList<string> added = clinic.Remove(id, out IngredientGroupOptions? extra) ? extra.Names ?? [] : [];
            groups.Add(new IngredientGroup(id, [.. shipped, .. added], ShippedIngredients.Rationale, added.Count > 0 ? Provenance.Clinic : Provenance.ClinicalLiterature, citation));
        }

        foreach (KeyValuePair<string, IngredientGroupOptions> own in clinic.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            groups.Add(new IngredientGroup(own.Key, [.. own.Value.Names ?? []], null, Provenance.Clinic, null));
        }

        return new IngredientNames([.. groups]);
    }

    /// <summary>
    /// Whether an allergy (only one with anaphylaxis, when <paramref name="anaphylaxisOnly"/> is set) matches a component:
    /// the allergy's name held by a component as whole words, or a component named by another name of an ingredient
    /// group the allergy names.
    /// </summary>
    public bool AnyMatch(IReadOnlyList<KnownAllergy> allergies, IReadOnlyList<string> components, bool anaphylaxisOnly) =>
        AllergySearch.AnyMatch(allergies, components, anaphylaxisOnly) || FirstByName(allergies, components, anaphylaxisOnly) is not null;

    /// <summary>
    /// What matched under another name, for the note of a rule that fired: the first component an allergy matches only
    /// through the table, with the names it matched under; <see langword="null"/> when an allergy's name is held by a
    /// component as written (the note needs no account then). Names only the mix's component and the table's names,
    /// never the allergy as written.
    /// </summary>
    public string? Describe(IReadOnlyList<KnownAllergy> allergies, IReadOnlyList<string> components, bool anaphylaxisOnly) =>
        !AllergySearch.AnyMatch(allergies, components, anaphylaxisOnly) && FirstByName(allergies, components, anaphylaxisOnly) is { } match
            ? $"The component '{components[match.Component]}' is {match.ComponentName}, which the allergy names as {match.AllergyName} ({Groups[match.Group].Id})."
            : null;

    /// <summary>
    /// The names to look for in a mix for each of <paramref name="substances"/>: each substance itself and every name of
    /// the groups it names (<c>vitamin B7</c> brings <c>biotin</c>, <c>vitamin H</c>...), without repeats.
    /// </summary>
    public string[] Expand(IEnumerable<string> substances)
    {
        var names = new List<string>();
        foreach (string substance in substances)
        {
            names.Add(substance);
            var sink = new Collector();
            _index.ForEachHeldApart(substance, ref sink);
            for (int g = 0; g < Groups.Length; g++)
            {
                if (sink.Held.Has(g))
                {
                    names.AddRange(Groups[g].Names);
                }
            }
        }

        return [.. names.Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>
    /// Every name of a group that holds, as whole words, a name of another group that its own group lacks: such a name
    /// would make an allergy to the other ingredient match it (<c>nicotinic acid amide</c>, niacinamide, holds
    /// <c>nicotinic acid</c>, niacin). The shipped table has none; validation refuses a clinic name that makes one.
    /// </summary>
    public IEnumerable<(string Group, string Name, string Other, string Held)> Overlaps()
    {
        for (int g = 0; g < Groups.Length; g++)
        {
            foreach (string name in Groups[g].Names)
            {
                // A name is matched in each of its forms, so each must hold no other ingredient's name.
                var sink = new Everything();
                foreach (string form in Forms(name))
                {
                    _index.ForEachHeldApart(form, ref sink);
                }

                foreach ((int other, string held) in (sink.Hits ?? []).Distinct())
                {
                    if (other != g && !Groups[g].Names.Contains(held, StringComparer.OrdinalIgnoreCase))
                    {
                        yield return (Groups[g].Id, name, Groups[other].Id, held);
                    }
                }
            }
        }
    }

    /// <summary>Every name found, with its group (for the checks of a table, not for matching).</summary>
    private struct Everything : WordIndex.ISink
    {
        public List<(int, string)>? Hits;

        public bool Found(int value, string name)
        {
            (Hits ??= []).Add((value, name));
            return true;
        }
    }

    private (int Component, string ComponentName, string AllergyName, int Group)? FirstByName(IReadOnlyList<KnownAllergy> allergies, IReadOnlyList<string> components, bool anaphylaxisOnly)
    {
        // The groups the allergies name; most allergies name none, and then the components are not read at all.
        var named = new Collector();
        for (int i = 0; i < allergies.Count; i++)
        {
            if (!anaphylaxisOnly || allergies[i].Anaphylaxis)
            {
                _index.ForEachHeldApart(allergies[i].Substance, ref named);
            }
        }

        if (named.Held.IsEmpty)
        {
            return null;
        }

        for (int c = 0; c < components.Count; c++)
        {
            var hit = new FirstOf(named.Held);
            if (!_index.ForEachHeldApart(components[c] ?? throw Formulation.NullComponent(c), ref hit))
            {
                return (c, hit.Name!, AllergyName(allergies, anaphylaxisOnly, hit.Group), hit.Group);
            }
        }

        return null;
    }

    private string AllergyName(IReadOnlyList<KnownAllergy> allergies, bool anaphylaxisOnly, int group)
    {
        var only = new GroupSet();
        only.Add(group);
        for (int i = 0; i < allergies.Count; i++)
        {
            var hit = new FirstOf(only);
            if ((!anaphylaxisOnly || allergies[i].Anaphylaxis) && !_index.ForEachHeldApart(allergies[i].Substance, ref hit))
            {
                return hit.Name!;
            }
        }

        return Groups[group].Names[0];
    }

    /// <summary>Collects the groups whose names a text holds.</summary>
    private struct Collector : WordIndex.ISink
    {
        public GroupSet Held;

        public bool Found(int value, string name)
        {
            Held.Add(value);
            return true;
        }
    }

    /// <summary>Stops at the first name of one of the wanted groups.</summary>
    private struct FirstOf(GroupSet wanted) : WordIndex.ISink
    {
        private readonly GroupSet _wanted = wanted;

        public int Group { get; private set; }

        public string? Name { get; private set; }

        public bool Found(int value, string name)
        {
            if (!_wanted.Has(value))
            {
                return true;
            }

            Group = value;
            Name = name;
            return false;
        }
    }

    /// <summary>A set of group indices below <see cref="IngredientOptions.MaxGroups"/>, on the stack.</summary>
    private struct GroupSet
    {
        private ulong _a;
        private ulong _b;
        private ulong _c;
        private ulong _d;

        public readonly bool IsEmpty => (_a | _b | _c | _d) == 0;

        public void Add(int group)
        {
            ulong bit = 1UL << (group & 63);
            switch (group >> 6)
            {
                case 0: _a |= bit; break;
                case 1: _b |= bit; break;
                case 2: _c |= bit; break;
                default: _d |= bit; break;
            }
        }

        public readonly bool Has(int group) =>
            ((group >> 6) switch { 0 => _a, 1 => _b, 2 => _c, _ => _d } & (1UL << (group & 63))) != 0;
    }
}
