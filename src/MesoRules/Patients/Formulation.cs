namespace MesoRules.Patients;

/// <summary>The mix to be injected, named by its components so that allergies can be matched against it.</summary>
/// <param name="Name">The clinic's name for the mix.</param>
/// <param name="Components">The named components, for example <c>biotin</c>, <c>dutasteride</c>.</param>
public sealed record Formulation(string Name, IReadOnlyList<string> Components)
{
    private readonly IReadOnlyList<string> _components = Components ?? throw new ArgumentNullException(nameof(Components));

    /// <summary>The named components, for example <c>biotin</c>, <c>dutasteride</c>; never <see langword="null"/>.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public IReadOnlyList<string> Components
    {
        get => _components;
        init => _components = value ?? throw new ArgumentNullException(nameof(Components));
    }

    /// <summary>
    /// Returns whether the formulation contains <paramref name="substance"/>: a component equals it, or holds it
    /// as whole words (so <c>Dutasteride 0.01%</c> contains <c>dutasteride</c>, but <c>lidocaine</c> does not
    /// contain <c>caine</c>), compared case-insensitively and ignoring surrounding spaces. A blank substance
    /// matches nothing.
    /// </summary>
    /// <param name="substance">The substance to look for.</param>
    /// <returns><see langword="true"/> when a component matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="substance"/> is <see langword="null"/>.</exception>
    public bool Contains(string substance)
    {
        ArgumentNullException.ThrowIfNull(substance);
        return Matches(Components, substance);
    }

    internal static bool Matches(IReadOnlyList<string> components, string substance)
    {
        ReadOnlySpan<char> wanted = substance.AsSpan().Trim();
        if (wanted.IsEmpty)
        {
            return false;
        }

        for (int i = 0; i < components.Count; i++)
        {
            ReadOnlySpan<char> component = components[i].AsSpan().Trim();
            if (component.Length == wanted.Length
                ? component.Equals(wanted, StringComparison.OrdinalIgnoreCase)
                : component.Length > wanted.Length && ContainsWord(component, wanted))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="wanted"/> occurs in <paramref name="text"/> with no letter or digit directly before or after it.</summary>
    private static bool ContainsWord(ReadOnlySpan<char> text, ReadOnlySpan<char> wanted)
    {
        // Candidates start with the substance's first letter; a vectorized search skips the rest.
        char upper = char.ToUpperInvariant(wanted[0]);
        char lower = char.ToLowerInvariant(wanted[0]);
        int last = text.Length - wanted.Length;
        for (int start = 0; start <= last; start++)
        {
            int found = text[start..(last + 1)].IndexOfAny(upper, lower);
            if (found < 0)
            {
                return false;
            }

            start += found;
            if ((start == 0 || !char.IsLetterOrDigit(text[start - 1]))
                && (start == last || !char.IsLetterOrDigit(text[start + wanted.Length]))
                && text.Slice(start, wanted.Length).Equals(wanted, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
