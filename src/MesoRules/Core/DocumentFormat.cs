namespace MesoRules.Core;

/// <summary>The text format of a patient document (an aftercare sheet, a risk disclosure).</summary>
public enum DocumentFormat
{
    /// <summary>Plain text, for SMS, e-mail or print.</summary>
    PlainText = 0,

    /// <summary>Markdown (CommonMark; tables as pipe tables).</summary>
    Markdown = 1,
}

/// <summary>The one check of a <see cref="DocumentFormat"/> argument.</summary>
internal static class DocumentFormats
{
    public static void ThrowIfUndefined(DocumentFormat format, string paramName)
    {
        if (format is not (DocumentFormat.PlainText or DocumentFormat.Markdown))
        {
            throw new ArgumentOutOfRangeException(paramName, $"{paramName} is not a defined DocumentFormat value; allowed: PlainText, Markdown.");
        }
    }
}
