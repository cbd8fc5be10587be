namespace MesoRules.Patients;

/// <summary>
/// Whether a known allergy matches a component of a mix, with the matching of <see cref="Formulation.Contains"/>
/// (whole words; case, separators, invisible format characters and the Unicode form of accents do not count).
/// </summary>
/// <remarks>
/// When either list is short, every allergy is compared with every component: linear in the other list. When both
/// are long that would be quadratic (100,000 allergies and 100,000 components are 10^10 pairs), so the allergies
/// are put in a hash table keyed by the symbols each one is read as (letters without their case, one symbol per
/// run of separators), and each component is read once: from every word start, it looks up the runs that end at
/// a word end and are as long as some allergy. The cost is linear in the total length of the names, plus one
/// lookup per word start and distinct allergy length that fits in the component. Every hit is confirmed with the
/// exact matcher, so both ways give the same answers. The first long search also checks, once per process, that
/// the runtime's case mappings keep letters and separators apart (about 65,000 characters).
/// </remarks>
internal static partial class AllergySearch
{
    // With this many allergies or components or fewer, comparing pairs is linear in the other list and, as measured,
    // about as fast as reading every name into a table, or faster.
    private const int PairwiseLimit = 16;

    /// <summary>Whether an allergy (only those with anaphylaxis, when <paramref name="anaphylaxisOnly"/> is set) matches a component.</summary>
    public static bool AnyMatch(IReadOnlyList<KnownAllergy> allergies, IReadOnlyList<string> components, bool anaphylaxisOnly) =>
        AnyMatch(allergies, components, anaphylaxisOnly, tableAbove: PairwiseLimit);

    /// <summary>
    /// Whether an allergy matches a component: through the table when both lists are longer than
    /// <paramref name="tableAbove"/>, otherwise comparing every allergy with every component.
    /// </summary>
    internal static bool AnyMatch(IReadOnlyList<KnownAllergy> allergies, IReadOnlyList<string> components, bool anaphylaxisOnly, int tableAbove)
    {
        if (components.Count > tableAbove && allergies.Count > tableAbove && CaseMapping.KeepsWordsApart)
        {
            return AnyMatchIndexed(allergies, components, anaphylaxisOnly);
        }

        for (int i = 0; i < allergies.Count; i++)
        {
            KnownAllergy allergy = allergies[i];
            if (anaphylaxisOnly && !allergy.Anaphylaxis)
            {
                continue;
            }

            if (Formulation.Matches(components, allergy.Substance))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads every component once and looks its word runs up in a table of the allergies.</summary>
    internal static bool AnyMatchIndexed(IReadOnlyList<KnownAllergy> allergies, IReadOnlyList<string> components, bool anaphylaxisOnly)
    {
        var table = new AllergyTable(allergies, anaphylaxisOnly);
        if (table.Unkeyed.Count > 0 && AnyMatch(table.Unkeyed, components, anaphylaxisOnly: false, tableAbove: int.MaxValue))
        {
            return true;
        }

        if (table.IsEmpty)
        {
            return false;
        }

        var stream = new WordStream();
        for (int i = 0; i < components.Count; i++)
        {
            string component = components[i] ?? throw Formulation.NullComponent(i);

            // ASCII allergies are compared with the component as written, the others with its composed form.
            string composed = Formulation.Composed(component);
            stream.Read(component);
            if (ReferenceEquals(composed, component))
            {
                if (table.AnyHeld(stream, component, Kinds.Both))
                {
                    return true;
                }

                continue;
            }

            if (table.AnyHeld(stream, component, Kinds.Ascii))
            {
                return true;
            }

            stream.Read(composed);
            if (table.AnyHeld(stream, composed, Kinds.Composed))
            {
                return true;
            }
        }

        return false;
    }
}
