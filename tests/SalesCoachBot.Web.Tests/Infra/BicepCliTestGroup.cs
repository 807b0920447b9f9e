namespace SalesCoachBot.Web.Tests.Infra;

// Tests that restore infra/tools/BicepCli.csproj run one at a time: parallel restores of one
// project race on its obj/ folder.
[CollectionDefinition(BicepCli.CollectionName, DisableParallelization = true)]
public sealed class BicepCliTestGroup;
