using MesoRules.Core;
using MesoRules.Aftercare;
using MesoRules.Disclosure;
using MesoRules.Patients;

namespace MesoRules.Samples.AspNet;

/// <summary>The body of <c>POST /disclosures/verify</c>: is a stored acknowledgment still valid for the disclosure this patient would be shown now?</summary>
/// <param name="Patient">The patient profile; the current disclosure is built from it.</param>
/// <param name="Acknowledgment">The stored acknowledgment (its five values, as serialized by the library).</param>
/// <param name="FirstSessionStart">The start instant of the first session; the acknowledgment must be strictly before it.</param>
public sealed record VerifyAcknowledgmentRequest(PatientProfile Patient, DisclosureAcknowledgment Acknowledgment, DateTimeOffset FirstSessionStart)
{
    /// <summary>Returns a description that leaves out the patient and the acknowledgment.</summary>
    /// <returns>A redacted description.</returns>
    public override string ToString() => "VerifyAcknowledgmentRequest { (redacted) }";
}

/// <summary>The body of <c>POST /aftercare/check</c>: may the patient do an activity at an instant?</summary>
/// <param name="Activity">The activity, for example <c>"Sun"</c>.</param>
/// <param name="SessionEnds">The ends of the patient's sessions, in any order; the latest at or before <paramref name="At"/> governs.</param>
/// <param name="At">The instant checked, ISO 8601 with its offset.</param>
public sealed record AftercareCheckRequest(AftercareActivity Activity, IReadOnlyList<DateTimeOffset> SessionEnds, DateTimeOffset At);

/// <summary>The body of <c>POST /aftercare/sheet</c>: the printable aftercare sheet after one session.</summary>
/// <param name="SessionEnd">The end of the session, ISO 8601 with its offset.</param>
/// <param name="Zone">The IANA time zone id the times are shown in, for example <c>"Europe/London"</c>.</param>
/// <param name="Format"><c>"PlainText"</c> (answered as <c>text/plain</c>), <c>"Markdown"</c> (answered as <c>text/markdown</c>) or <c>"Html"</c> (answered as <c>text/html</c>).</param>
public sealed record AftercareSheetRequest(DateTimeOffset SessionEnd, string Zone, DocumentFormat Format = DocumentFormat.PlainText);

/// <summary>The answer of <c>GET /health</c>.</summary>
/// <param name="Status">Always <c>"Healthy"</c> when the service answers.</param>
/// <param name="PolicyName">The name of the policy in force.</param>
/// <param name="PolicyVersion">The version id of the policy in force.</param>
public sealed record HealthReport(string Status, string PolicyName, string PolicyVersion);
