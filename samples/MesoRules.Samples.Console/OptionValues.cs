using System.CommandLine.Parsing;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace MesoRules.Samples.Console;

/// <summary>Reading the value of an option or argument: one token, parsed strictly, a parse error naming the option and the token.</summary>
internal static class OptionValues
{
    public delegate bool TryParse<T>(string text, [MaybeNullWhen(false)] out T value);

    /// <summary>Parses an option's or argument's single token; a token that does not parse becomes a parse error naming the option and the token.</summary>
    public static T? Parse<T>(ArgumentResult result, TryParse<T> parse, string what, string hint)
    {
        if (result.Tokens is not [var token])
        {
            return default; // System.CommandLine reports the missing or extra value itself.
        }

        if (parse(token.Value, out T? value))
        {
            return value;
        }

        result.AddError($"{NameOf(result)}: '{token.Value}' is not {what}; {hint}");
        return default;
    }

    /// <summary>The option's name (<c>--start</c>), or the argument's in angle brackets (<c>&lt;activity&gt;</c>).</summary>
    public static string NameOf(ArgumentResult result) => result.Parent is OptionResult option ? option.Option.Name : $"<{result.Argument.Name}>";

    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
