using System.Diagnostics.CodeAnalysis;
using MesoRules.Localization;

namespace MesoRules.Samples.AspNet.Documents;

/// <summary>
/// The patient's language for a request: <c>lang</c> when given, else the first tag of the request's Accept-Language,
/// else English. The server's culture is never read.
/// </summary>
internal static class LanguageTags
{
    /// <summary>Reads a BCP 47 tag; <see langword="false"/> when it is not well formed (a tag of a language not shipped gives English).</summary>
    public static bool TryResolve(string tag, [NotNullWhen(true)] out PatientLanguage? language)
    {
        try
        {
            language = PatientLanguage.Resolve(tag);
            return true;
        }
        catch (ArgumentException)
        {
            language = null;
            return false;
        }
    }

    /// <summary>
    /// The language of the first tag in an Accept-Language header (<c>es-MX,es;q=0.9,en;q=0.8</c> is Spanish), as the
    /// browser lists the reader's first choice first. A missing or unreadable header, or <c>*</c>, gives English: the
    /// header is the browser's, not the clinician's, so it never makes the request fail.
    /// </summary>
    public static PatientLanguage FromAcceptLanguage(string? header)
    {
        if (string.IsNullOrEmpty(header))
        {
            return PatientLanguage.English;
        }

        ReadOnlySpan<char> first = header.AsSpan();
        int comma = first.IndexOf(',');
        first = comma >= 0 ? first[..comma] : first;
        int parameters = first.IndexOf(';');
        first = (parameters >= 0 ? first[..parameters] : first).Trim();
        return TryResolve(first.ToString(), out PatientLanguage? language) ? language : PatientLanguage.English;
    }
}
