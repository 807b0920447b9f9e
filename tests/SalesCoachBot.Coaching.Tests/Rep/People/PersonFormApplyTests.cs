using System.Text.Json;
using SalesCoachBot.Coaching.Method;
using SalesCoachBot.Coaching.Rep.People;
using SalesCoachBot.TestSupport.Builders;

namespace SalesCoachBot.Coaching.Tests.Rep.People;

public sealed class PersonFormApplyTests
{
    private static readonly Stakeholder Assessed = DealBuilder.Person("Wang", SupportLevel.Supports, DecisionChainRole.DecisionMaker);

    [Fact]
    public void Apply_SameSupportMarkedReassessed_DatesANewAssessmentToday()
    {
        // 重新评估客户支持度: "re-assessed, no change" is a judgement too; before, an unchanged form saved nothing.
        var person = PeopleDialog.Apply(Assessed, Form(("support", "Supports"), ("reassessed", "true")), DealBuilder.Today);

        Assert.Equal(DealBuilder.Today, person.CurrentSupport!.AssessedOn);
        Assert.Equal(SupportLevel.Supports, person.CurrentSupport.Level);
        Assert.Equal(2, person.SupportHistory.Count);
    }

    [Fact]
    public void Apply_SameSupportNotMarked_KeepsTheHistory()
    {
        var person = PeopleDialog.Apply(Assessed, Form(("support", "Supports")), DealBuilder.Today);

        Assert.Single(person.SupportHistory);
    }

    [Fact]
    public void Apply_PowerMapFields_AreStoredAndStyleOnlyForTheDecisionLayer()
    {
        var top = PeopleDialog.Apply(Assessed, Form(("department", "DecisionLayer"), ("personnelChange", "true"), ("hiddenPowers", "Information,Allocation"), ("circle", "Inner"), ("managementStyle", "Delegating")), DealBuilder.Today);
        var engineer = PeopleDialog.Apply(Assessed, Form(("department", "Technical"), ("managementStyle", "Delegating")), DealBuilder.Today);

        Assert.True(top.PersonnelChange);
        Assert.Equal([HiddenPowerType.Information, HiddenPowerType.Allocation], top.HiddenPowers.Order());
        Assert.Equal(RelationshipCircle.Inner, top.Circle);
        Assert.Equal(ManagementStyle.Delegating, top.ManagementStyle);
        Assert.Null(engineer.ManagementStyle);
    }

    private static JsonElement Form(params (string Key, string Value)[] values) =>
        JsonSerializer.SerializeToElement(values.Append(("name", "Wang")).ToDictionary(v => v.Item1, v => v.Item2));
}
