using MesoRules.Core;

namespace MesoRules.Disclosure;

/// <summary>
/// The sentences a consent check says (<see cref="ConsentCheck.Message"/>, and a plan's consent finding), under the consent
/// rule's text ids <c>disclosure.consent.&lt;part&gt;</c>, so a clinic rewords and translates them like any other text.
/// </summary>
internal static class ConsentText
{
    public const string Valid = "disclosure.consent.valid";
    public const string Missing = "disclosure.consent.missing";
    public const string StaleText = "disclosure.consent.stale-text";
    public const string StaleHistory = "disclosure.consent.stale-history";
    public const string GivenAfterFirstSession = "disclosure.consent.given-after-first-session";
    public const string Required = "disclosure.consent.required";
    public const string NotRequired = "disclosure.consent.not-required";

    public static TextDefault[] Defaults { get; } =
    [
        Text(Valid, "A valid acknowledgment of the current risk disclosure precedes the first session."),
        Text(Missing, "No acknowledgment of the risk disclosure was supplied."),
        Text(StaleText, "The latest acknowledgment is for other content (the disclosure shown now differs)."),
        Text(StaleHistory, "The latest acknowledgment was given before the patient's medical history changed."),
        Text(GivenAfterFirstSession, "The acknowledgment of the current disclosure was given at or after the first session's start."),
        Text(Required, "Consent is required: the patient must acknowledge the current disclosure before the first session."),
        Text(NotRequired, "The policy does not require consent, so this does not block the session."),
    ];

    private static TextDefault Text(string id, string text) => new(id, DisclosureRuleIds.Consent, text, DisclosureOptions.TextLength);
}
