using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using MesoRules.Localization;

namespace MesoRules.Core;

/// <summary>
/// A text with named placeholders, <c>{date}</c>, filled in when a result is built; <c>{{</c> and <c>}}</c> stand for
/// a brace. Parsed once, when the policy is compiled.
/// </summary>
internal sealed class TextTemplate
{
    private readonly string[] _literals;
    private readonly string[] _names;

    private TextTemplate(string text, string[] literals, string[] names)
    {
        Text = text;
        _literals = literals;
        _names = names;
    }

    /// <summary>The text as written, placeholders and doubled braces included.</summary>
    public string Text { get; }

    /// <summary>The placeholder names, in the order they appear (a name may appear more than once).</summary>
    public IReadOnlyList<string> Placeholders => _names;

    /// <summary>A text taken literally: braces are text, nothing is filled in.</summary>
    public static TextTemplate Literal(string text) => new(text, [text], []);

    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="problem"/> says what is wrong, in words a failure message can use.</summary>
    public static bool TryParse(string text, out TextTemplate template, out string? problem)
    {
        var literals = new List<string>();
        var names = new List<string>();
        var literal = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '{' && i + 1 < text.Length && text[i + 1] == '{' || c == '}' && i + 1 < text.Length && text[i + 1] == '}')
            {
                literal.Append(c);
                i++;
            }
            else if (c == '{')
            {
                int end = text.IndexOf('}', i + 1);
                string name = end < 0 ? string.Empty : text[(i + 1)..end];
                if (end < 0 || !IsName(name))
                {
                    template = Literal(text);
                    problem = "a '{' must open a placeholder such as {date}; write '{{' for a brace";
                    return false;
                }

                literals.Add(literal.ToString());
                literal.Clear();
                names.Add(name);
                i = end;
            }
            else if (c == '}')
            {
                template = Literal(text);
                problem = "a '}' must close a placeholder such as {date}; write '}}' for a brace";
                return false;
            }
            else
            {
                literal.Append(c);
            }
        }

        literals.Add(literal.ToString());
        template = new TextTemplate(text, [.. literals], [.. names]);
        problem = null;
        return true;
    }

    /// <summary>
    /// The text with every placeholder filled in from <paramref name="values"/>: dates written for <paramref name="language"/>,
    /// numbers culture-invariantly, texts as given.
    /// </summary>
    /// <exception cref="InvalidOperationException">A placeholder has no value: the caller does not supply what the library's own text names.</exception>
    public string Format(PatientLanguage language, params ReadOnlySpan<(string Name, object Value)> values)
    {
        if (_names.Length == 0)
        {
            return _literals[0];
        }

        // Written into a stack buffer (growing into a pooled one if needed): the only allocation is the result.
        var text = new DefaultInterpolatedStringHandler(0, _names.Length, CultureInfo.InvariantCulture, stackalloc char[256]);
        for (int i = 0; i < _names.Length; i++)
        {
            text.AppendLiteral(_literals[i]);
            Append(ref text, _names[i], language, values);
        }

        text.AppendLiteral(_literals[^1]);
        return text.ToStringAndClear();
    }

    private static void Append(ref DefaultInterpolatedStringHandler text, string name, PatientLanguage language, ReadOnlySpan<(string Name, object Value)> values)
    {
        foreach ((string Name, object Value) value in values)
        {
            if (value.Name == name)
            {
                if (value.Value is DateOnly d)
                {
                    // In English "O", yyyy-MM-dd for a DateOnly, written without parsing a custom format; else the language's words.
                    if (language == PatientLanguage.English)
                    {
                        text.AppendFormatted(d, "O");
                    }
                    else
                    {
                        text.AppendLiteral(language.Date(d));
                    }
                }
                else
                {
                    // Strings as they are, numbers and other formattable values culture-invariantly, anything else by ToString.
                    text.AppendFormatted(value.Value);
                }

                return;
            }
        }

        throw new InvalidOperationException($"The placeholder {{{name}}} has no value.");
    }

    private static bool IsName(string name) => name.Length > 0 && name.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-');
}
