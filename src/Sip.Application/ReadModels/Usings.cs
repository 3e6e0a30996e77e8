// The plan page (Features/Plans/GetPlan) reads the plan's document.
global using Sip.Application.ReadModels.Documents;
