using System.Text.Json;
using System.Text.Json.Serialization;
using MesoRules.Eligibility;
using MesoRules.Patients;

namespace MesoRules.Serialization;

/// <summary>Source-generated JSON metadata for every public input and output; reached through <see cref="MesoRulesJson"/>.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    WriteIndented = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(PatientProfile))]
[JsonSerializable(typeof(EligibilityAssessment))]
internal sealed partial class MesoRulesJsonContext : JsonSerializerContext;
