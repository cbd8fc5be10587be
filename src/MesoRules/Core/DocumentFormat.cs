namespace MesoRules.Core;

/// <summary>The text format of a patient document (an aftercare sheet, a risk disclosure, a session plan).</summary>
public enum DocumentFormat
{
    /// <summary>Plain text, for SMS, e-mail or print.</summary>
    PlainText = 0,

    /// <summary>Markdown (CommonMark; tables as pipe tables).</summary>
    Markdown = 1,

    /// <summary>
    /// A self-contained HTML5 document in UTF-8, to show in a browser or print: the document's language in the
    /// <c>lang</c> attribute, one inline style sheet with print rules for A4 and US Letter, no script and no external
    /// resource (no link, font or image), and every text HTML-escaped, the clinic's and the patient's included.
    /// </summary>
    Html = 2,
}

/// <summary>The one check of a <see cref="DocumentFormat"/> argument.</summary>
internal static class DocumentFormats
{
    public static void ThrowIfUndefined(DocumentFormat format, string paramName)
    {
        if (format is not (DocumentFormat.PlainText or DocumentFormat.Markdown or DocumentFormat.Html))
        {
            throw new ArgumentOutOfRangeException(paramName, $"{paramName} is not a defined DocumentFormat value; allowed: PlainText, Markdown, Html.");
        }
    }
}
