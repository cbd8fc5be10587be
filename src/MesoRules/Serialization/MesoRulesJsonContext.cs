using System.Text.Json;
using System.Text.Json.Serialization;
using MesoRules.Aftercare;
using MesoRules.Assessment;
using MesoRules.Disclosure;
using MesoRules.Eligibility;
using MesoRules.Patients;
using MesoRules.Planning;
using MesoRules.Policy;
using MesoRules.Rules;

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
    Converters = [typeof(TimeZoneInfoJsonConverter), typeof(ClinicCalendarJsonConverter), typeof(StrictDateTimeOffsetConverter), typeof(StrictEnumConverter<AftercareActivity>), typeof(StrictEnumConverter<AcknowledgingParty>), typeof(StrictEnumConverter<AcknowledgmentStatus>), typeof(StrictEnumConverter<ConsentStatus>), typeof(StrictEnumConverter<ContraindicationKind>), typeof(StrictEnumConverter<DisclosureStatementKind>), typeof(StrictEnumConverter<HairLossCause>), typeof(StrictEnumConverter<HealthFactor>), typeof(StrictEnumConverter<Provenance>), typeof(StrictEnumConverter<RiskLikelihood>), typeof(StrictEnumConverter<SessionPhase>), typeof(StrictEnumConverter<Severity>), typeof(StrictEnumConverter<TreatmentResponse>), typeof(StrictEnumConverter<PlanFindingKind>), typeof(StrictEnumConverter<AftercareSheetFormat>), typeof(StrictEnumConverter<AftercareStatus>), typeof(StrictEnumConverter<Answer>), typeof(StrictEnumConverter<EligibilityOutcome>), typeof(StrictEnumConverter<NoteReason>), typeof(StrictEnumConverter<RiskLevel>)])]
#else
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    WriteIndented = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    Converters = [typeof(TimeZoneInfoJsonConverter), typeof(ClinicCalendarJsonConverter), typeof(StrictDateTimeOffsetConverter), typeof(StrictEnumConverter<AftercareActivity>), typeof(StrictEnumConverter<AcknowledgingParty>), typeof(StrictEnumConverter<AcknowledgmentStatus>), typeof(StrictEnumConverter<ConsentStatus>), typeof(StrictEnumConverter<ContraindicationKind>), typeof(StrictEnumConverter<DisclosureStatementKind>), typeof(StrictEnumConverter<HairLossCause>), typeof(StrictEnumConverter<HealthFactor>), typeof(StrictEnumConverter<Provenance>), typeof(StrictEnumConverter<RiskLikelihood>), typeof(StrictEnumConverter<SessionPhase>), typeof(StrictEnumConverter<Severity>), typeof(StrictEnumConverter<TreatmentResponse>), typeof(StrictEnumConverter<PlanFindingKind>), typeof(StrictEnumConverter<AftercareSheetFormat>), typeof(StrictEnumConverter<AftercareStatus>), typeof(StrictEnumConverter<Answer>), typeof(StrictEnumConverter<EligibilityOutcome>), typeof(StrictEnumConverter<NoteReason>), typeof(StrictEnumConverter<RiskLevel>)])]
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
