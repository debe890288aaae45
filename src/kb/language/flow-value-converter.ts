/** Value conversion for the flow language: STRING tokens become the text they stand for. */
import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';
import { flowStringValue } from './text-literal.js';

/** Converts `"..."` and `"""..."""` tokens (see {@link flowStringValue}); other rules as usual. */
export class FlowValueConverter extends DefaultValueConverter {
  protected override runConverter(
    rule: GrammarAST.AbstractRule,
    input: string,
    cstNode: CstNode,
  ): ValueType {
    if (rule.name === 'STRING') return flowStringValue(input);
    return super.runConverter(rule, input, cstNode);
  }
}
