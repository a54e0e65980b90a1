import { describe, expect, it } from 'vitest';
import { findRequestCardReads } from '../../src/analyses/request-card-reads.js';
import { withSourceCode } from './probe.js';

function reads(code: string, filename = 'file.ts'): string[] {
  return withSourceCode(
    code,
    (sourceCode) =>
      findRequestCardReads(sourceCode, filename).map((read) => `${read.kind}:${read.name}@${read.node.loc.start.line}`),
    filename,
  );
}

describe('findRequestCardReads', () => {
  it('finds member reads and destructuring from Express bodies', () => {
    expect(
      reads(
        "import express from 'express';\nconst app = express();\napp.post('/p', (req, res) => {\n  const { cvc, amount } = req.body;\n  const card = req.body.card;\n  res.json([req.body.cardNumber, card.number, amount]);\n});",
      ),
    ).toEqual(['cvv:cvc@4', 'pan:cardNumber@6', 'pan:number@6']);
  });

  it('follows request.json() in Next.js route handlers and JSON.parse in Lambda handlers', () => {
    expect(reads('export async function POST(request: Request) {\n  const body = await request.json();\n  return body.pan;\n}', 'app/api/pay/route.ts')).toEqual([
      'pan:pan@3',
    ]);
    expect(reads('export const handler = async (event: any) => {\n  const input = JSON.parse(event.body);\n  return input.cvv;\n};')).toEqual(['cvv:cvv@3']);
  });

  it('reads NestJS @Body() parameters and keys', () => {
    expect(
      reads(
        "import { Body, Controller, Post } from '@nestjs/common';\n@Controller('p')\nexport class C {\n  @Post()\n  a(@Body() dto: any, @Body('cvc') cvc: string) { return [dto.cardNumber, dto.amount, cvc]; }\n}",
      ),
    ).toEqual(['cvv:cvc@5', 'pan:cardNumber@5']);
  });

  it('ignores reads outside handlers, non-request objects and ambiguous names', () => {
    expect(
      reads(
        "import express from 'express';\nconst app = express();\napp.post('/p', (req, res) => {\n  res.json([req.body.number, req.user.cardNumber, other.body.cvc, req.body.last4]);\n});\nexport function f(body: any) { return body.cardNumber; }",
      ),
    ).toEqual([]);
  });
});
