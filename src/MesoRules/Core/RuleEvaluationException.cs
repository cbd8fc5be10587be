namespace MesoRules.Core;

/// <summary>
/// A rule's own code failed while it was evaluated: its condition threw, or returned a value the engine does not
/// define. The message and <see cref="RuleId"/> name the rule; the exception the condition threw, if any, is the
/// <see cref="Exception.InnerException"/>. This is a programming error in the rule (usually a clinic's custom rule),
/// never a clinical outcome: no answer is given for the patient. The message holds no patient data.
/// </summary>
public sealed class RuleEvaluationException : Exception
{
    /// <summary>Creates the exception with a generic message.</summary>
    internal RuleEvaluationException()
        : this("A rule failed while it was evaluated.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    internal RuleEvaluationException(string message)
        : base(message)
    {
        RuleId = string.Empty;
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The exception the rule threw.</param>
    internal RuleEvaluationException(string message, Exception innerException)
        : base(message, innerException)
    {
        RuleId = string.Empty;
    }

    /// <summary>Creates the exception for a rule, with the exception its condition threw (or <see langword="null"/> when it returned an undefined value).</summary>
    /// <param name="ruleId">The id of the rule that failed.</param>
    /// <param name="message">The message; it names the rule and holds no patient data.</param>
    /// <param name="innerException">The exception the rule's condition threw, or <see langword="null"/>.</param>
    internal RuleEvaluationException(string ruleId, string message, Exception? innerException)
        : base(message, innerException)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        RuleId = ruleId;
    }

    /// <summary>The id of the rule that failed, for example <c>clinic.scalp-tattoo</c>; empty when the exception was created without one.</summary>
    public string RuleId { get; }
}
