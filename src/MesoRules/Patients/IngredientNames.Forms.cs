namespace MesoRules.Patients;

/// <content>The forms a name of the table is found under.</content>
internal sealed partial class IngredientNames
{
    /// <summary>
    /// The forms a name is found under: itself and, when a one-letter word followed by digits comes after another word
    /// (<c>vitamin B7</c>), the form with that letter joined to the word before (<c>vitaminB7</c>).
    /// </summary>
    internal static IEnumerable<string> Forms(string name)
    {
        yield return name;
        if (Joined(name) is { } joined)
        {
            yield return joined;
        }
    }

    private static string? Joined(string name)
    {
        var joined = new System.Text.StringBuilder(name.Length);
        bool changed = false;
        int i = 0;
        while (i < name.Length)
        {
            int end = i;
            while (end < name.Length && Formulation.IsBreak(name[end]))
            {
                end++;
            }

            // A run of separators between a letter or digit and a single letter followed by a digit is left out.
            if (end > i && i > 0 && end + 1 < name.Length && char.IsLetter(name[end]) && char.IsDigit(name[end + 1]) && !Formulation.IsBreak(name[i - 1]))
            {
                changed = true;
                i = end;
                continue;
            }

            joined.Append(name, i, Math.Max(end, i + 1) - i);
            i = Math.Max(end, i + 1);
        }

        return changed ? joined.ToString() : null;
    }
}
