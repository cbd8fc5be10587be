using MesoRules.Core;

namespace MesoRules.Patients;

/// <summary>The check of a clinic's list of substance names (ingredient names, medicine names): every failure listed.</summary>
internal static class NameList
{
    /// <summary>
    /// Checks that <paramref name="names"/> is not <see langword="null"/>, holds at least <paramref name="minimum"/> names,
    /// and that each is neither blank nor too long and holds at least two letters or digits (one letter matches too much).
    /// </summary>
    public static void Check(IList<string>? names, string member, OptionsFailures failures, TextLength length, int minimum)
    {
        if (names is null)
        {
            failures.NotNull(member, null);
            return;
        }

        if (names.Count < minimum)
        {
            failures.Add(member, $"{names.Count} names; allowed: at least {minimum}.");
        }

        for (int i = 0; i < names.Count; i++)
        {
            string at = $"{member}:{i}";
            if (BlankText.IsBlank(names[i]) || names[i].Length > length.Max)
            {
                failures.NotBlank(at, names[i], length);
            }
            else if (!WordIndex.CanIndex(names[i]))
            {
                failures.Add(at, "a name needs at least two letters or digits.");
            }
        }
    }
}
