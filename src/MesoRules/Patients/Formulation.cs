namespace MesoRules.Patients;

/// <summary>The mix to be injected, named by its components so that allergies can be matched against it.</summary>
/// <param name="Name">The clinic's name for the mix.</param>
/// <param name="Components">The named components, for example <c>biotin</c>, <c>dutasteride</c>.</param>
public sealed record Formulation(string Name, IReadOnlyList<string> Components)
{
    /// <summary>Returns whether the formulation contains <paramref name="substance"/>, compared case-insensitively and ignoring surrounding spaces.</summary>
    /// <param name="substance">The substance to look for.</param>
    /// <returns><see langword="true"/> when a component matches.</returns>
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
            if (components[i].AsSpan().Trim().Equals(wanted, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
