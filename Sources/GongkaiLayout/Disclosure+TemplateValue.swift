import Foundation
import GongkaiModel

// The model as a template value tree. Field names are those of the data format (docs/data-format.md),
// plus computed ones: totals, `previous_year`.

extension Disclosure {
    /// Every field a layout's placeholders may name.
    public var templateValue: TemplateValue {
        .record([
            "department": .record([
                "code": .text(department.code), "name": .text(department.name),
                "short_name": .text(department.shortName), "kind": .text(department.kind.rawValue),
                "word": .text(department.kind.word),
            ]),
            "year": .integer(year),
            "previous_year": .integer(year - 1),
            "duties": .record([
                "offices": .list(
                    duties.offices.map {
                        .record([
                            "label": $0.label.map(TemplateValue.text) ?? .absent, "title": $0.title.map(TemplateValue.text) ?? .absent,
                            "items": .list($0.items.map(TemplateValue.text)),
                        ])
                    }),
                "internal_organization": .text(duties.internalOrganization),
                "organization": .list(
                    duties.organization.map {
                        .record([
                            "name": .text($0.name), "nature": .text($0.nature), "rank": .text($0.rank),
                            "funding": .text($0.funding),
                        ])
                    }),
            ]),
            "budget": budget.templateValue,
            "previous_budget": previousBudget.templateValue,
            "budget_notes": .record([
                "overview": .text(budgetNotes.overview),
                "project_description": .text(budgetNotes.projectDescription),
                "change_reason": budgetNotes.changeReason.map(TemplateValue.text) ?? .absent,
            ]),
            // The lines themselves reach tables through their own builders; templates see the note.
            "budget_tables": .record([
                "note": budgetTables?.note.map(TemplateValue.text) ?? .absent,
                "code_list": .integer(codeListYear),
            ]),
            "operating_costs": .record([
                "amount": .amount(operatingCosts.amount), "purpose": .text(operatingCosts.purpose),
                "previous_amount": operatingCosts.previousAmount.map(TemplateValue.amount) ?? .absent,
            ]),
            "three_public": .record([
                "current": threePublic.current.templateValue,
                "previous": threePublic.previous.templateValue,
                "reason": .text(threePublic.reason),
                "reasons": threePublic.reasons.templateValue,
                "trips": threePublic.tripsValue,
                "vehicles": .record([
                    "purchased": .integer(threePublic.vehiclesPurchased), "held": .integer(threePublic.vehiclesHeld),
                ]),
            ]),
            "performance": .record([
                "overall_goal": .text(performance.overallGoal),
                "duty_goals_intro": .text(performance.dutyGoalsIntro),
                "duty_goals": .list(performance.dutyGoals.map(TemplateValue.text)),
                "matrix": .list(performance.matrix.map(\.templateValue)),
                "safeguards": .list(
                    performance.safeguards.map {
                        .record([
                            "label": $0.label.map(TemplateValue.text) ?? .absent, "title": $0.title.map(TemplateValue.text) ?? .absent,
                            "items": .list($0.items.map(TemplateValue.text)),
                        ])
                    }),
            
                "projects": .list(performance.projects.map(\.templateValue)),
            ]),
            "procurement": procurement.templateValue,
            "assets": .record([
                "fixed_assets_total": .amount(assets.fixedAssetsTotal),
                "planned_purchases": .amount(assets.plannedPurchases),
                "table_title": .text(assets.tableTitle), "prepared_by": .text(assets.preparedBy),
                "as_of": .text(assets.asOf),
                "rows": .list(
                    assets.rows.map {
                        .record([
                            "item": .text($0.item), "quantity": $0.quantity.map(TemplateValue.text) ?? .absent,
                            "value": $0.value.map(TemplateValue.amount) ?? .absent,
                        ])
                    }),
            ]),
            "glossary": .list(
                glossary.map { .record(["term": .text($0.term), "definition": .text($0.definition)]) }),
            "other_matters": .text(otherMatters),
            "custom_tables": .list(customTables.map(\.templateValue)),
            "table_notes": .record(tableNotes.mapValues(TemplateValue.text)),
        ])
    }
}

extension BudgetFigures {
    var templateValue: TemplateValue {
        var fields: [String: TemplateValue] = [
            "expenditure": .record([
                "basic": .record([
                    "personnel": expenditure.basic.personnel.map(TemplateValue.amount) ?? .absent,
                    "public": expenditure.basic.publicUse.map(TemplateValue.amount) ?? .absent,
                    "total": .amount(expenditure.basic.total),
                ]),
                "project": .amount(expenditure.project),
                "total": .amount(expenditure.total),
            ])
        ]
        if let income {
            fields["income"] = .record([
                "general_budget": .amount(income.generalBudget), "government_fund": .amount(income.governmentFund),
                "special_account": .amount(income.specialAccount), "other": .amount(income.other),
                "total": .amount(income.total),
            ])
        } else {
            fields["income"] = .absent
        }
        return .record(fields)
    }
}

extension ThreePublicFigures {
    var templateValue: TemplateValue {
        .record([
            "trips_abroad": .amount(tripsAbroad),
            "vehicles": .record([
                "purchase": .amount(vehiclePurchase), "operation": .amount(vehicleOperation), "total": .amount(vehicles),
            ]),
            "reception": .amount(reception),
            "total": .amount(total),
        ])
    }
}

extension ProjectGoals {
    var templateValue: TemplateValue {
        .record([
            "name": .text(name), "amount": amount.map(TemplateValue.amount) ?? .absent,
            "goal": goal.map(TemplateValue.text) ?? .absent,
            "indicators": .list(
                indicators.map {
                    .record([
                        "level1": .text($0.level1), "level2": .text($0.level2), "level3": .text($0.level3),
                        "value": .text($0.value), "unit": $0.unit.map(TemplateValue.text) ?? .absent,
                        "nature": $0.nature.map(TemplateValue.text) ?? .absent,
                    ])
                }),
        ])
    }
}

/// The fields duties and activities share: label, name, budget, description, goal.
private func matrixRowFields(
    label: String?, name: String, budget: Decimal?, description: String?, goal: String?
) -> [String: TemplateValue] {
    [
        "label": label.map(TemplateValue.text) ?? .absent, "name": .text(name),
        "budget": budget.map(TemplateValue.amount) ?? .absent,
        "description": description.map(TemplateValue.text) ?? .absent, "goal": goal.map(TemplateValue.text) ?? .absent,
    ]
}

extension PerformanceDuty {
    var templateValue: TemplateValue {
        var fields = matrixRowFields(label: label, name: name, budget: budget, description: description, goal: goal)
        fields["activities"] = .list(activities.map(\.templateValue))
        return .record(fields)
    }
}

extension PerformanceActivity {
    var templateValue: TemplateValue {
        var fields = matrixRowFields(label: label, name: name, budget: budget, description: description, goal: goal)
        fields["indicators"] = .list(
                indicators.map { indicator in
                    switch indicator.standard {
                    case .graded(let grades):
                        .record(["name": .text(indicator.name), "grades": .list(grades.map(TemplateValue.text))])
                    case .single(let standard):
                        .record(["name": .text(indicator.name), "standard": .text(standard)])
                    }
                })
        return .record(fields)
    }
}
