/**
 * The part of @nlpjs/neural (NLP.js's neural intent classifier, plain CommonJS without types)
 * that the router's trainer uses. One perceptron per label, leaky-ReLU output scaled by
 * `alpha`, trained with momentum and a decaying learning rate (see its src/neural-network.js).
 */
declare module '@nlpjs/neural' {
  export interface NeuralNetworkSettings {
    iterations?: number;
    errorThresh?: number;
    deltaErrorThresh?: number;
    learningRate?: number;
    momentum?: number;
    alpha?: number;
    log?: boolean;
  }
  export interface TrainingSample {
    input: Record<string, number>;
    output: Record<string, number>;
  }
  export interface NeuralNetworkJson {
    settings: NeuralNetworkSettings;
    features?: string[];
    intents?: string[];
    /** Per intent: one weight per feature, then the bias. */
    perceptrons?: number[][];
  }
  export class NeuralNetwork {
    constructor(settings?: NeuralNetworkSettings);
    settings: Required<NeuralNetworkSettings>;
    train(corpus: TrainingSample[]): { iterations: number; error: number };
    run(input: Record<string, number>): Record<string, number> | undefined;
    toJSON(): NeuralNetworkJson;
  }
}
