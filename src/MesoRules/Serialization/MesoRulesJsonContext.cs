using System.Text.Json;
using System.Text.Json.Serialization;
using MesoRules.Aftercare;
using MesoRules.Assessment;
using MesoRules.Disclosure;
using MesoRules.Eligibility;
using MesoRules.Patients;
using MesoRules.Planning;
using MesoRules.Policy;

namespace MesoRules.Serialization;

/// <summary>Source-generated JSON metadata for every public input and output; reached through <see cref="MesoRulesJson"/>.</summary>
#if NET9_0_OR_GREATER
// A null for a non-nullable member, or a missing constructor parameter, is an error naming the member.
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    WriteIndented = true,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    Converters = [typeof(TimeZoneInfoJsonConverter), typeof(ClinicCalendarJsonConverter)])]
#else
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    WriteIndented = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    Converters = [typeof(TimeZoneInfoJsonConverter), typeof(ClinicCalendarJsonConverter)])]
#endif
[JsonSerializable(typeof(PatientProfile))]
[JsonSerializable(typeof(EligibilityAssessment))]
[JsonSerializable(typeof(PlanRequest))]
[JsonSerializable(typeof(SessionPlan))]
[JsonSerializable(typeof(AftercareSchedule))]
[JsonSerializable(typeof(AftercareCheck))]
[JsonSerializable(typeof(AftercareActiveRestrictions))]
[JsonSerializable(typeof(AftercareInstruction))]
[JsonSerializable(typeof(PolicySummary))]
[JsonSerializable(typeof(RiskDisclosure))]
[JsonSerializable(typeof(DisclosureAcknowledgment))]
[JsonSerializable(typeof(AcknowledgmentVerification))]
[JsonSerializable(typeof(ConsentCheck))]
[JsonSerializable(typeof(TreatmentAssessment))]
internal sealed partial class MesoRulesJsonContext : JsonSerializerContext;
