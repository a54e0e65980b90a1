import rule from '../../rules/require-pan-masking.js';
import { createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

ruleTester.run('require-pan-masking', rule, {
  valid: [
    {
      name: "response with last4 and brand",
      code: "import express from 'express';\nconst app = express();\napp.get('/cards/:id', async (req, res) => {\n  const card = await cards.find(req.params.id);\n  res.json({ id: card.id, brand: card.brand, last4: card.last4 });\n});",
    },
    {
      name: "masked with slice(-4)",
      code: "import express from 'express';\nconst app = express();\napp.get('/card', (req, res) => {\n  res.json({ display: `•••• ${card.number.slice(-4)}` });\n});",
    },
    {
      name: "mask helper",
      code: "import express from 'express';\nconst app = express();\napp.get('/card', (req, res) => {\n  res.send(maskPan(account.cardNumber));\n});",
    },
    {
      name: "JSX shows last4",
      code: "export function SavedCard({ card }: { card: { brand: string; last4: string } }) {\n  return <span>{card.brand} ending in {card.last4}</span>;\n}",
      filename: "components/SavedCard.tsx",
    },
    {
      name: "JSX input value attribute holds what the user types",
      code: "export function CardInput({ cardNumber, onChange }: { cardNumber: string; onChange: (v: string) => void }) {\n  return <input name=\"cardNumber\" value={cardNumber} onChange={(e) => onChange(e.target.value)} />;\n}",
      filename: "components/CardInput.tsx",
    },
    {
      name: "JSX masked number name",
      code: "export const Row = ({ maskedNumber }: { maskedNumber: string }) => <td>{maskedNumber}</td>;",
      filename: "components/Row.tsx",
    },
    {
      name: "res.json outside a handler is unknown",
      code: "export function send(res: any, card: any) {\n  res.json(card.number);\n}",
    },
    {
      name: "email with last4",
      code: "import nodemailer from 'nodemailer';\nconst transport = nodemailer.createTransport({ host });\nawait transport.sendMail({ to, subject: 'Receipt', text: `Paid with card ending ${card.last4}` });",
    },
    {
      name: "Response.json with ids",
      code: "export async function GET() {\n  return Response.json({ paymentMethod: pm.id, brand: pm.card.brand });\n}",
      filename: "app/api/card/route.ts",
    },
    {
      name: "digit-masking replace in JSX",
      code: "export const Masked = ({ pan }: { pan: string }) => <code>{pan.replace(/\\d(?=\\d{4})/g, '•')}</code>;",
      filename: "components/Masked.tsx",
    },
  ],
  invalid: [
    {
      name: "Express response with the card number",
      code: "import express from 'express';\nconst app = express();\napp.get('/cards/:id', async (req, res) => {\n  const card = await cards.find(req.params.id);\n  res.json({ id: card.id, number: card.number, last4: card.last4 });\n});",
      errors: [
        { messageId: 'unmaskedPan', data: {"name":"card.number","sink":"the HTTP response (res.json())"}, line: 5, column: 35, endLine: 5, endColumn: 46, suggestions: [{ messageId: 'showLast4', output: "import express from 'express';\nconst app = express();\napp.get('/cards/:id', async (req, res) => {\n  const card = await cards.find(req.params.id);\n  res.json({ id: card.id, number: card.number.slice(-4), last4: card.last4 });\n});" }] },
      ],
    },
    {
      name: "status chain and template",
      code: "import express from 'express';\nconst app = express();\napp.post('/verify', (req, res) => {\n  res.status(400).send(`Card ${req.body.cardNumber} was declined`);\n});",
      errors: [
        { messageId: 'unmaskedPan', data: {"name":"req.body.cardNumber","sink":"the HTTP response (res.send())"}, line: 4, column: 32, endLine: 4, endColumn: 51, suggestions: [{ messageId: 'showLast4', output: "import express from 'express';\nconst app = express();\napp.post('/verify', (req, res) => {\n  res.status(400).send(`Card ${req.body.cardNumber.slice(-4)} was declined`);\n});" }] },
      ],
    },
    {
      name: "NextResponse.json",
      code: "import { NextResponse } from 'next/server';\nexport async function GET() {\n  const account = await load();\n  return NextResponse.json({ cardNumber: account.cardNumber });\n}",
      filename: "app/api/account/route.ts",
      errors: [
        { messageId: 'unmaskedPan', data: {"name":"account.cardNumber","sink":"the HTTP response (NextResponse.json())"}, line: 4, column: 42, endLine: 4, endColumn: 60, suggestions: [{ messageId: 'showLast4', output: "import { NextResponse } from 'next/server';\nexport async function GET() {\n  const account = await load();\n  return NextResponse.json({ cardNumber: account.cardNumber.slice(-4) });\n}" }] },
      ],
    },
    {
      name: "JSX text shows the PAN",
      code: "export function CardSummary({ card }: { card: { number: string; brand: string } }) {\n  return <p>{card.brand}: {card.number}</p>;\n}",
      filename: "components/CardSummary.tsx",
      errors: [
        { messageId: 'unmaskedPan', data: {"name":"card.number","sink":"rendered JSX"}, line: 2, column: 28, endLine: 2, endColumn: 39, suggestions: [{ messageId: 'showLast4', output: "export function CardSummary({ card }: { card: { number: string; brand: string } }) {\n  return <p>{card.brand}: {card.number.slice(-4)}</p>;\n}" }] },
      ],
    },
    {
      name: "JSX with mask helper suggestion",
      code: "import { maskPan } from '@/lib/mask';\nexport const Pan = ({ pan }: { pan: string }) => <span>{pan}</span>;",
      filename: "components/Pan.tsx",
      options: [{"maskFunctions":["maskPan"]}],
      errors: [
        { messageId: 'unmaskedPan', data: {"name":"pan","sink":"rendered JSX"}, line: 2, column: 57, endLine: 2, endColumn: 60, suggestions: [{ messageId: 'showLast4', output: "import { maskPan } from '@/lib/mask';\nexport const Pan = ({ pan }: { pan: string }) => <span>{pan.slice(-4)}</span>;" }, { messageId: 'wrapInMask', data: {"fn":"maskPan"}, output: "import { maskPan } from '@/lib/mask';\nexport const Pan = ({ pan }: { pan: string }) => <span>{maskPan(pan)}</span>;" }] },
      ],
    },
    {
      name: "nodemailer email body",
      code: "import nodemailer from 'nodemailer';\nconst transport = nodemailer.createTransport({ host: 'smtp.example.com' });\nexport function receipt(to: string, cardNumber: string) {\n  return transport.sendMail({ to, subject: 'Receipt', html: `<p>Charged card ${cardNumber}</p>` });\n}",
      errors: [
        { messageId: 'unmaskedPan', data: {"name":"cardNumber","sink":"an email"}, line: 4, column: 80, endLine: 4, endColumn: 90, suggestions: [{ messageId: 'showLast4', output: "import nodemailer from 'nodemailer';\nconst transport = nodemailer.createTransport({ host: 'smtp.example.com' });\nexport function receipt(to: string, cardNumber: string) {\n  return transport.sendMail({ to, subject: 'Receipt', html: `<p>Charged card ${cardNumber.slice(-4)}</p>` });\n}" }] },
      ],
    },
    {
      name: "NestJS controller return",
      code: "import { Controller, Get, Param } from '@nestjs/common';\n@Controller('cards')\nexport class CardsController {\n  @Get(':id')\n  async find(@Param('id') id: string) {\n    const card = await this.cards.find(id);\n    return { id, pan: card.pan };\n  }\n}",
      errors: [
        { messageId: 'unmaskedPan', data: {"name":"card.pan","sink":"the HTTP response"}, line: 7, column: 23, endLine: 7, endColumn: 31, suggestions: [{ messageId: 'showLast4', output: "import { Controller, Get, Param } from '@nestjs/common';\n@Controller('cards')\nexport class CardsController {\n  @Get(':id')\n  async find(@Param('id') id: string) {\n    const card = await this.cards.find(id);\n    return { id, pan: card.pan.slice(-4) };\n  }\n}" }] },
      ],
    },
  ],
});
