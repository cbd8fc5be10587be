using System.Diagnostics.CodeAnalysis;

namespace MesoRules.Core;

/// <summary>Validates rule identifiers.</summary>
/// <remarks>
/// A rule id is one or more dot-separated segments of lower-case ASCII letters, digits and hyphens,
/// for example <c>eligibility.pregnancy</c> or <c>clinic.scalp-tattoo</c>; at most 100 characters.
/// Ids are stable: results, stored records and clinic overrides refer to rules by id.
/// </remarks>
internal static class RuleIdSyntax
{
    /// <summary>The maximum length of a rule id, in characters.</summary>
    public const int MaxLength = 100;

    /// <summary>Returns whether <paramref name="id"/> is a well-formed rule id.</summary>
    /// <param name="id">The candidate id.</param>
    /// <returns><see langword="true"/> when the id is well formed.</returns>
    public static bool IsValid([NotNullWhen(true)] string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxLength)
        {
            return false;
        }

        bool segmentStart = true;
        foreach (char c in id)
        {
            if (c == '.')
            {
                if (segmentStart)
                {
                    return false;
                }

                segmentStart = true;
                continue;
            }

            if (!(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-'))
            {
                return false;
            }

            segmentStart = false;
        }

        return !segmentStart;
    }

    /// <summary>Throws an <see cref="ArgumentException"/> when <paramref name="id"/> is not a well-formed rule id.</summary>
    /// <param name="id">The candidate id.</param>
    /// <param name="paramName">The name of the parameter that holds the id.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not well formed.</exception>
    public static void ThrowIfInvalid([NotNull] string? id, string paramName)
    {
        ArgumentNullException.ThrowIfNull(id, paramName);
        if (!IsValid(id))
        {
            throw new ArgumentException(
                $"A rule id must be 1 to {MaxLength} characters of dot-separated segments of a-z, 0-9 and '-' (for example 'clinic.my-rule'); got '{id}'.",
                paramName);
        }
    }
}
